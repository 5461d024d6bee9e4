import { describe, expect, it } from 'vitest';
import { entropy } from '../../lib/engine/entropy';
import { buildEngineIndex, probabilityAt, type EngineIndex } from '../../lib/engine/engine-index';
import { ALL_FINDING_KINDS, rankNextFindings } from '../../lib/engine/next-findings';
import { rankCauses } from '../../lib/engine/score';
import type { CaseInput } from '../../lib/engine/types';
import { cause, finding, fixtureCatalog, fixtureIndex, smallCatalog } from './fixture';

const inputs: [string, CaseInput][] = [
  ['empty', { present: [], absent: [] }],
  ['sciatica', { present: ['radiating-leg-pain', 'slr-positive'], absent: ['saddle-anaesthesia'], age: 45, sex: 'male' }],
  ['weakness', { present: ['rapidly-ascending-weakness'], absent: ['diabetes', 'onset-sudden'] }],
];
const all = fixtureCatalog.findings.length;

/** The brief's definition, by re-ranking: H(C) − [P(f)·H(C|f) + (1 − P(f))·H(C|¬f)]. */
function bruteForceGain(index: EngineIndex, input: CaseInput, findingId: string): number {
  const posterior = rankCauses(index, input);
  const ifPresent = rankCauses(index, { ...input, present: [...input.present, findingId] });
  const ifAbsent = rankCauses(index, { ...input, absent: [...input.absent, findingId] });
  const pFinding = posterior.reduce(
    (sum, c) => sum + c.probability * probabilityAt(index.findingById.get(findingId)!, index.causeById.get(c.id)!.position),
    0,
  );
  const h = (ranked: typeof posterior) => entropy(ranked.map((c) => c.probability));
  return h(posterior) - (pFinding * h(ifPresent) + (1 - pFinding) * h(ifAbsent));
}

describe('rankNextFindings', () => {
  it.each(inputs)('gains are ≥ 0, sorted, and exclude entered findings: %s', (_, input) => {
    const next = rankNextFindings(fixtureIndex, rankCauses(fixtureIndex, input), input, all, ALL_FINDING_KINDS);
    expect(next).toHaveLength(all - input.present.length - input.absent.length);
    for (const item of next) {
      expect(item.gain).toBeGreaterThanOrEqual(0);
      expect([...input.present, ...input.absent]).not.toContain(item.findingId);
    }
    for (let i = 1; i < next.length; i++) expect(next[i - 1]!.gain).toBeGreaterThanOrEqual(next[i]!.gain);
  });

  it.each(inputs)('equals the re-ranking definition of expected information gain: %s', (_, input) => {
    const next = rankNextFindings(fixtureIndex, rankCauses(fixtureIndex, input), input, all, ALL_FINDING_KINDS);
    for (const item of next) expect(item.gain).toBeCloseTo(bruteForceGain(fixtureIndex, input, item.findingId), 10);
  });

  it('suggests only bedside kinds by default, and honours the limit', () => {
    const input: CaseInput = { present: [], absent: [] };
    const ranked = rankCauses(fixtureIndex, input);
    const bedside = rankNextFindings(fixtureIndex, ranked, input, all);
    expect(new Set(bedside.map((f) => f.kind))).toEqual(new Set(['symptom', 'history', 'sign']));
    expect(rankNextFindings(fixtureIndex, ranked, input, 3)).toEqual(bedside.slice(0, 3));
    expect(rankNextFindings(fixtureIndex, ranked, input, 5, ['lab']).map((f) => f.findingId)).toEqual(['hba1c-diabetic']);
  });

  it('ranks the most discriminating finding first when two causes are tied', () => {
    const index = buildEngineIndex(
      smallCatalog({
        findings: [
          finding('shared', 'sign', 0.5, 'A shared sign'),
          finding('weak', 'sign', 0.5, 'B weak sign'),
          finding('unlinked', 'sign', 0.5, 'C unlinked sign'),
          finding('decisive', 'sign', 0.5, 'D decisive sign'),
        ],
        causes: [
          cause('left', { decisive: 0.95, weak: 0.6, shared: 0.7 }),
          cause('right', { decisive: 0.05, weak: 0.4, shared: 0.7 }),
        ],
      }),
    );
    const input: CaseInput = { present: [], absent: [] };
    const ranked = rankCauses(index, input);
    expect(ranked.map((c) => c.probability)).toEqual([0.5, 0.5]);
    const next = rankNextFindings(index, ranked, input);
    expect(next.map((f) => f.findingId)).toEqual(['decisive', 'weak', 'shared', 'unlinked']);
    expect(next[2]!.gain).toBe(0);
    expect(next[3]!.gain).toBe(0);
  });
});
