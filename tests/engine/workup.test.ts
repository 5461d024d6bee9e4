import { describe, expect, it } from 'vitest';
import { listCantMiss } from '../../lib/engine/cant-miss';
import { binaryEntropy } from '../../lib/engine/entropy';
import { evaluateRedFlags } from '../../lib/engine/red-flags';
import { rankCauses, type RankedCause } from '../../lib/engine/score';
import type { CaseInput } from '../../lib/engine/types';
import { ALERT_CAUSE_PROBABILITY_FLOOR } from '../../lib/engine/parameters';
import { leadingCauses, planWorkup } from '../../lib/engine/workup';
import { fixtureIndex } from './fixture';

function plan(input: CaseInput) {
  const ranked = rankCauses(fixtureIndex, input);
  const cantMiss = listCantMiss(ranked, evaluateRedFlags(fixtureIndex, input.present));
  return { ranked, cantMiss, workup: planWorkup(fixtureIndex, ranked, cantMiss) };
}

const p = (ranked: RankedCause[], id: string) => ranked.find((c) => c.id === id)!.probability;

describe('leadingCauses', () => {
  it.each<[string, number[], number]>([
    ['one dominant cause', [0.95, 0.03, 0.02], 1],
    ['two to pass 90 %', [0.6, 0.35, 0.05], 2],
    ['flat: capped at 8', Array<number>(10).fill(0.1), 8],
    ['nothing', [], 0],
  ])('%s', (_, probabilities, expected) => {
    const ranked = probabilities.map((probability, i) => ({ id: `c${i}`, probability }) as RankedCause);
    expect(leadingCauses(ranked)).toHaveLength(expected);
  });
});

describe('planWorkup', () => {
  const sciatica: CaseInput = { present: ['radiating-leg-pain', 'slr-positive'], absent: [], age: 40 };

  it('merges a test shared by several causes into one entry that lists them', () => {
    const { ranked, workup } = plan(sciatica);
    const ids = workup.map((e) => e.testId);
    expect(new Set(ids).size).toBe(ids.length);
    const mri = workup.find((e) => e.testId === 'mri-lumbar-spine')!;
    expect(new Set(mri.helpsWith)).toEqual(new Set(['lumbar-disc-herniation', 'cauda-equina-syndrome']));
    // Disc: routine, if_indicated, priority 2; cauda equina: emergency, confirmatory, priority 3.
    const expected = (p(ranked, 'lumbar-disc-herniation') * 1 * 0.4) / 2 + (p(ranked, 'cauda-equina-syndrome') * 3 * 0.7) / 3;
    expect(mri.score).toBeCloseTo(expected, 12);
  });

  it('ranks by score with 1-based priorities, and orders helpsWith by contribution', () => {
    const { workup } = plan(sciatica);
    expect(workup.map((e) => e.priority)).toEqual(workup.map((_, i) => i + 1));
    for (let i = 1; i < workup.length; i++) expect(workup[i - 1]!.score).toBeGreaterThanOrEqual(workup[i]!.score);
    const exam = workup[0]!;
    expect(exam.testId).toBe('neuro-exam');
    expect(exam.helpsWith[0]).toBe('lumbar-disc-herniation');
  });

  it('includes the tests of every can\'t-miss cause, even outside the leading causes', () => {
    // Saddle anaesthesia fires the cauda equina alert while the diabetic picture keeps the mass on the neuropathy.
    const { ranked, cantMiss, workup } = plan({
      present: ['saddle-anaesthesia', 'diabetes', 'hba1c-diabetic', 'numbness-feet-bilateral', 'ankle-reflex-absent-bilateral'],
      absent: [],
    });
    const leading = new Set(leadingCauses(ranked).map((c) => c.id));
    expect(cantMiss.some((c) => !leading.has(c.id))).toBe(true);
    for (const id of cantMiss.map((c) => c.id)) {
      for (const link of fixtureIndex.causeById.get(id)!.cause.tests) {
        expect(workup.find((e) => e.testId === link.testId)?.helpsWith).toContain(id);
      }
    }
  });

  it('measures separation over the leading causes', () => {
    const { ranked, workup } = plan({ present: ['radiating-leg-pain', 'diabetes'], absent: [] });
    const leading = leadingCauses(ranked);
    const mass = leading.reduce((s, c) => s + c.probability, 0);
    for (const entry of workup) {
      const linked = leading.filter((c) => entry.helpsWith.includes(c.id)).reduce((s, c) => s + c.probability, 0);
      expect(entry.separation).toBeCloseTo(binaryEntropy(linked / mass), 12);
      expect(entry.separation).toBeGreaterThanOrEqual(0);
      expect(entry.separation).toBeLessThanOrEqual(1);
    }
  });
});

describe('planWorkup for red-flag causes', () => {
  // Saddle anaesthesia fires the cauda equina alert, but diabetes findings keep its posterior tiny.
  const alerted: CaseInput = { present: ['saddle-anaesthesia', 'diabetes', 'hba1c-diabetic', 'numbness-feet-bilateral'], absent: [] };

  it('scores an alert-named cause with P at least ALERT_CAUSE_PROBABILITY_FLOOR and marks its tests', () => {
    const { ranked, workup } = plan(alerted);
    expect(p(ranked, 'cauda-equina-syndrome')).toBeLessThan(0.1);
    const bladder = workup.find((e) => e.testId === 'bladder-scan')!;
    // Cauda equina: emergency (3), first_line (1), priority 2, probability floored to 0.5.
    expect(bladder.score).toBeCloseTo((ALERT_CAUSE_PROBABILITY_FLOOR * 3 * 1) / 2, 12);
    expect(bladder.forAlert).toBe(true);
    expect(workup.find((e) => e.testId === 'mri-lumbar-spine')!.forAlert).toBe(true);
    expect(workup.find((e) => e.testId === 'hba1c')!.forAlert).toBe(false);
  });

  it('ranks the alert cause\'s tests above those of a far likelier benign cause', () => {
    const ids = plan(alerted).workup.map((e) => e.testId);
    expect(ids.indexOf('bladder-scan')).toBeLessThan(ids.indexOf('hba1c'));
  });

  it('keeps a posterior above the floor as it is, and marks nothing without an alert', () => {
    const likely = plan({ present: ['saddle-anaesthesia', 'urinary-retention', 'radiating-leg-pain'], absent: [] });
    const pCauda = p(likely.ranked, 'cauda-equina-syndrome');
    expect(pCauda).toBeGreaterThan(ALERT_CAUSE_PROBABILITY_FLOOR);
    const bladder = likely.workup.find((e) => e.testId === 'bladder-scan')!;
    expect(bladder.score).toBeCloseTo((pCauda * 3 * 1) / 2, 12);
    expect(plan({ present: ['radiating-leg-pain', 'slr-positive'], absent: [] }).workup.every((e) => !e.forAlert)).toBe(true);
  });
});
