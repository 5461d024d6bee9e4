// Test results (lab, imaging, neurophysiology) take their own evidence exponent; bedside findings keep theirs.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { toEngineCatalog } from '../../lib/catalog/snapshot-build';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { DEFAULT_TUNING, testEvidenceScale } from '../../lib/engine/parameters';
import { rankCauses } from '../../lib/engine/score';
import type { CaseInput } from '../../lib/engine/types';

const catalog = toEngineCatalog(snapshotDataFromFiles(loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog')).data));
const input: CaseInput = { present: ['numbness-feet-bilateral', 'b12-low'], absent: ['fever'], age: 60, setting: 'primary_care' };
const weights = (evidenceExponent: number, testEvidenceExponent: number) => {
  const cause = rankCauses(buildEngineIndex(catalog, { ...DEFAULT_TUNING, evidenceExponent, testEvidenceExponent }), input).find((c) => c.id === 'b12-deficiency')!;
  return new Map([...cause.supporting, ...cause.against].map((c) => [c.findingId, c.weight]));
};

describe('test-result evidence exponent', () => {
  it.each([
    [{ evidenceExponent: 0.8, testEvidenceExponent: 1 }, 1.25],
    [{ evidenceExponent: 1, testEvidenceExponent: 1 }, 1],
    [{ evidenceExponent: 0, testEvidenceExponent: 1 }, 1],
  ])('scale of %o is %s', (tuning, scale) => {
    expect(testEvidenceScale(tuning)).toBeCloseTo(scale, 12);
  });

  it('a lab result is weighted by the test exponent and a bedside finding by the bedside one', () => {
    const same = weights(0.8, 0.8);
    const split = weights(0.8, 1.2);
    expect(split.get('b12-low')).toBeCloseTo((same.get('b12-low')! * 1.2) / 0.8, 10);
    expect(split.get('numbness-feet-bilateral')).toBeCloseTo(same.get('numbness-feet-bilateral')!, 10);
  });
});
