import { describe, expect, it } from 'vitest';
import { computeDifferential } from '../../lib/engine/differential';
import { buildEngineIndex, probabilityAt } from '../../lib/engine/engine-index';
import { rankCauses } from '../../lib/engine/score';
import type { CaseInput } from '../../lib/engine/types';
import { cause, EXACT_TUNING, finding, smallCatalog } from './fixture';

// hba1c-high ⇒ hba1c-diabetic ⇒ diabetes; a rule fires on diabetes.
const catalog = smallCatalog({
  findings: [
    { ...finding('hba1c-high', 'lab', 0.06, 'HbA1c > 9 %'), implies: ['hba1c-diabetic'] },
    { ...finding('hba1c-diabetic', 'lab', 0.2, 'HbA1c ≥ 6.5 %'), implies: ['diabetes'] },
    finding('diabetes', 'history', 0.25, 'Diabetes'),
    finding('numbness', 'symptom', 0.5, 'Numbness'),
  ],
  causes: [
    cause('diabetic', { diabetes: 0.95, 'hba1c-diabetic': 0.8, 'hba1c-high': 0.3, numbness: 0.9 }),
    cause('other', { numbness: 0.6 }),
  ],
  rules: [{ id: 'diabetes-rule', name: 'Diabetes', level: 'urgent', message: 'm', action: 'a', triggers: [['diabetes']], causeIds: ['diabetic'] }],
});
const index = buildEngineIndex(catalog, EXACT_TUNING);
const odds = (input: CaseInput) => {
  const ranked = rankCauses(index, input);
  return ranked.find((c) => c.id === 'diabetic')!.probability / ranked.find((c) => c.id === 'other')!.probability;
};
const none: CaseInput = { present: [], absent: [] };

describe('implication chains', () => {
  it('counts the most specific present finding of a chain once', () => {
    const chain = odds({ present: ['hba1c-high', 'hba1c-diabetic', 'diabetes'], absent: [] });
    expect(chain).toBeCloseTo(odds({ present: ['hba1c-high'], absent: [] }), 12);
    const p = (id: string, c: string) => probabilityAt(index.findingById.get(id)!, index.causeById.get(c)!.position);
    expect(chain / odds(none)).toBeCloseTo(p('hba1c-high', 'diabetic') / p('hba1c-high', 'other'), 9);
  });

  it('exposes the implied findings, lets rules see them, and never asks for them next', () => {
    const result = computeDifferential(index, { present: ['hba1c-high'], absent: [] }, { nextFindingKinds: ['history', 'lab', 'symptom'], nextFindingsLimit: 10 });
    expect(result.implied.map((f) => [f.findingId, f.impliedBy, f.entered])).toEqual([
      ['hba1c-diabetic', ['hba1c-high'], false],
      ['diabetes', ['hba1c-high'], false],
    ]);
    expect(result.alerts.map((a) => a.ruleId)).toEqual(['diabetes-rule']);
    expect(result.nextFindings.map((f) => f.findingId)).toEqual(['numbness']);
  });

  it('an absent general finding makes its specific findings absent, counted once', () => {
    expect(odds({ present: [], absent: ['diabetes', 'hba1c-diabetic', 'hba1c-high'] })).toBeCloseTo(odds({ present: [], absent: ['diabetes'] }), 12);
  });

  it('an absent specific finding under a present general one counts as P(¬specific | general)', () => {
    const p = (id: string, c: string) => probabilityAt(index.findingById.get(id)!, index.causeById.get(c)!.position);
    const ratio = odds({ present: ['hba1c-diabetic'], absent: ['hba1c-high'] }) / odds({ present: ['hba1c-diabetic'], absent: [] });
    const conditional = (c: string) => 1 - p('hba1c-high', c) / p('hba1c-diabetic', c);
    expect(ratio).toBeCloseTo(conditional('diabetic') / conditional('other'), 9);
  });

  it('keeps an unlisted specific finding no likelier than what it entails', () => {
    for (const model of index.findings) {
      for (const target of model.implies) {
        for (let c = 0; c < index.causes.length; c++) {
          expect(probabilityAt(model, c)).toBeLessThanOrEqual(probabilityAt(index.findingById.get(target)!, c) + 1e-12);
        }
      }
    }
  });

  it('rejects an implication cycle', () => {
    const cyclic = smallCatalog({
      findings: [{ ...finding('a', 'sign', 0.1), implies: ['b'] }, { ...finding('b', 'sign', 0.1), implies: ['a'] }],
      causes: [cause('c', { a: 0.5 })],
    });
    expect(() => buildEngineIndex(cyclic)).toThrow(/implication cycle/);
  });
});
