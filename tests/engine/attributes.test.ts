import { describe, expect, it } from 'vitest';
import { computeDifferential } from '../../lib/engine/differential';
import { buildEngineIndex, probabilityAt } from '../../lib/engine/engine-index';
import { rankCauses } from '../../lib/engine/score';
import type { CauseAttributes, CaseInput } from '../../lib/engine/types';
import { cause, EXACT_TUNING, finding, smallCatalog } from './fixture';

const flat = (values: readonly string[]) => Object.fromEntries(values.map((v) => [v, 1 / values.length]));
function attributes(onset: Record<string, number>): CauseAttributes {
  return {
    onset,
    course: { progressive: 0.2, static: 0.2, improving: 0.2, relapsing: 0.2, intermittent: 0.2 },
    side: flat(['unilateral', 'bilateral_symmetric', 'bilateral_asymmetric']),
    distribution: flat(['length_dependent', 'root', 'nerve', 'multifocal', 'below_level', 'saddle', 'hemibody', 'whole_limb']),
    motorSigns: flat(['none', 'lower', 'upper', 'mixed']),
  };
}

const index = buildEngineIndex(
  smallCatalog({
    findings: [
      finding('onset-sudden', 'symptom', 0.1, 'Sudden onset'),
      finding('onset-acute', 'symptom', 0.3, 'Acute onset'),
      finding('onset-subacute', 'symptom', 0.2, 'Subacute onset'),
      finding('onset-chronic', 'symptom', 0.4, 'Chronic onset'),
      finding('episodic-symptoms', 'symptom', 0.2, 'Episodic'),
      finding('transient-symptoms', 'symptom', 0.1, 'Transient'),
      finding('numbness', 'symptom', 0.5, 'Numbness'),
    ],
    causes: [
      cause('stroke', { numbness: 0.5 }, { attributes: attributes({ sudden: 0.9, acute: 0.08, subacute: 0.01, chronic: 0.01 }) }),
      cause('neuropathy', { numbness: 0.9 }, { attributes: attributes({ sudden: 0.01, acute: 0.04, subacute: 0.15, chronic: 0.8 }) }),
    ],
  }),
  EXACT_TUNING,
);
const pos = (id: string) => index.causeById.get(id)!.position;
const prob = (input: CaseInput, id: string) => rankCauses(index, input).find((c) => c.id === id)!.probability;
const odds = (input: CaseInput) => prob(input, 'stroke') / prob(input, 'neuropathy');
const none: CaseInput = { present: [], absent: [] };

describe('exclusive attributes', () => {
  it('takes P(value | cause) from the attributes for the entry-point finding', () => {
    const sudden = index.findingById.get('onset-sudden')!;
    expect(probabilityAt(sudden, pos('stroke'))).toBeCloseTo(0.9, 12);
    expect(probabilityAt(sudden, pos('neuropathy'))).toBeCloseTo(0.01, 12);
  });

  it.each([
    ['onset-sudden', 0.9 / 0.01],
    ['onset-chronic', 0.01 / 0.8],
    ['onset-subacute', 0.01 / 0.15],
  ])('a present value %s moves the odds by P(v|stroke)/P(v|neuropathy)', (id, ratio) => {
    expect(odds({ present: [id], absent: [] }) / odds(none)).toBeCloseTo(ratio, 9);
  });

  it('an absent value counts as 1 − P(v|c)', () => {
    expect(odds({ present: [], absent: ['onset-sudden'] }) / odds(none)).toBeCloseTo(0.1 / 0.99, 9);
  });

  it('absent values of a variable whose value is present add nothing (the values exclude each other)', () => {
    const withAbsences = { present: ['onset-chronic'], absent: ['onset-sudden', 'onset-acute', 'onset-subacute'] };
    expect(odds(withAbsences)).toBeCloseTo(odds({ present: ['onset-chronic'], absent: [] }), 12);
    const explained = rankCauses(index, withAbsences).find((c) => c.id === 'stroke')!;
    expect([...explained.supporting, ...explained.against].map((c) => c.findingId)).toEqual(['onset-chronic']);
  });

  it('two entry points of the same value count once', () => {
    const both = { present: ['episodic-symptoms', 'transient-symptoms'], absent: [] };
    expect(odds(both)).toBeCloseTo(odds({ present: ['episodic-symptoms'], absent: [] }), 12);
  });

  it('never suggests asking a value of a variable already known', () => {
    const next = computeDifferential(index, { present: ['onset-acute'], absent: [] }, { nextFindingsLimit: 20 }).nextFindings;
    expect(next.map((f) => f.findingId).filter((id) => id.startsWith('onset-'))).toEqual([]);
  });
});
