// An always-established exposure (injury, dive, ICU stay) that is not recorded counts as weak
// evidence of its absence: between "recorded absent" and "unknown", shown as "not recorded".
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { toEngineCatalog } from '../../lib/catalog/snapshot-build';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { ALWAYS_ESTABLISHED_EXPOSURES } from '../../lib/engine/parameters';
import { rankCauses } from '../../lib/engine/score';
import type { CaseInput } from '../../lib/engine/types';
import { unrecordedExposureItems } from '../../lib/engine/unrecorded-exposure';

const { data } = loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog'));
const index = buildEngineIndex(toEngineCatalog(snapshotDataFromFiles(data)));
const cause = (input: CaseInput, id: string) => rankCauses(index, input).find((c) => c.id === id)!;
const paraparesis: CaseInput = { present: ['bilateral-leg-weakness', 'numbness-both-legs', 'onset-sudden', 'back-pain'], absent: [], age: 50, setting: 'emergency' };

describe('unrecorded always-established exposures', () => {
  it('every listed exposure is a catalog finding', () => {
    for (const id of ALWAYS_ESTABLISHED_EXPOSURES) expect(index.findingById.has(id), id).toBe(true);
  });

  it.each([
    ['traumatic-spinal-injury', 'recent-trauma'],
    ['decompression-sickness', 'recent-dive'],
    ['critical-illness-polyneuropathy', 'icu-stay'],
  ] as const)('%s: not recording %s argues against it less than recording it absent, and recording it present lifts it', (causeId, exposure) => {
    const weightOf = (input: CaseInput) => cause(input, causeId).against.find((c) => c.findingId === exposure)?.weight ?? 0;
    const unrecorded = weightOf(paraparesis);
    const denied = weightOf({ ...paraparesis, absent: [exposure] });
    expect(unrecorded).toBeLessThan(0);
    expect(denied).toBeLessThan(unrecorded);
    const present = cause({ ...paraparesis, present: [...paraparesis.present, exposure] }, causeId).probability;
    expect(present).toBeGreaterThan(cause(paraparesis, causeId).probability * 10);
    expect(cause({ ...paraparesis, absent: [exposure] }, causeId).probability).toBeLessThan(cause(paraparesis, causeId).probability);
  });

  it('a recording probability of 0 makes an unrecorded exposure say nothing (the same likelihood for every cause)', () => {
    const items = unrecordedExposureItems(index, { knownPresent: new Set(), knownAbsent: new Set(['icu-stay']) }, 'emergency', 0);
    expect(items.map((item) => item.findingIds[0])).toEqual(ALWAYS_ESTABLISHED_EXPOSURES.filter((id) => id !== 'icu-stay'));
    for (const item of items) expect(item.logLikelihood.values.every((v) => v === item.logLikelihood.fallback)).toBe(true);
  });

  it('is shown as "not recorded" against the exposure cause, and disappears once recorded either way', () => {
    const against = cause(paraparesis, 'traumatic-spinal-injury').against.find((c) => c.findingId === 'recent-trauma');
    expect(against).toMatchObject({ state: 'absent', unrecorded: true });
    expect(against!.weight).toBeLessThan(-0.5);
    for (const input of [{ ...paraparesis, absent: ['recent-trauma'] }, { ...paraparesis, present: [...paraparesis.present, 'recent-trauma'] }]) {
      const contributions = [...cause(input, 'traumatic-spinal-injury').supporting, ...cause(input, 'traumatic-spinal-injury').against];
      expect(contributions.filter((c) => c.findingId === 'recent-trauma').every((c) => !c.unrecorded)).toBe(true);
    }
  });

  it('is never a veto: an exposure cause stays on the list with a probability above zero', () => {
    expect(cause(paraparesis, 'traumatic-spinal-injury').probability).toBeGreaterThan(0.002);
  });
});
