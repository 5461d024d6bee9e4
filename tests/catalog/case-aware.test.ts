// The case-aware parts of the differential answer, on the real catalog without a database:
// the emergency top-three prompt, the workup by urgency and the treatment cautions.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { differentialOn } from '../../lib/catalog/differential';
import { loadCatalog } from '../../lib/catalog/files';
import { buildCatalogSnapshot } from '../../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';

const { data } = loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog'));
const snapshot = buildCatalogSnapshot(snapshotDataFromFiles(data));
const answer = (present: string[], extra: { age?: number; sex?: 'female' | 'male' } = {}) =>
  differentialOn(snapshot, { present, absent: [], limit: 10, ...extra });

describe('emergency cause in the top three without a red flag', () => {
  // Sudden numbness of one leg in AF, no weakness recorded: no rule fires yet (with weakness the
  // leg-only stroke rule does), but stroke is in the top three.
  it('prompts for a sudden one-leg numbness with AF, naming findings that would settle it', () => {
    const result = answer(['onset-sudden', 'numbness-one-leg', 'atrial-fibrillation'], { age: 75, sex: 'male' });
    expect(result.alerts).toEqual([]);
    const ids = result.emergencyPrompts.map((p) => p.causeId);
    expect(ids.length).toBeGreaterThan(0);
    for (const p of result.emergencyPrompts) {
      expect(p.rank).toBeLessThanOrEqual(3);
      expect(p.check.length).toBeGreaterThan(0);
      expect(p.check.map((c) => c.findingId)).not.toContain('onset-sudden');
    }
  });

  it('says nothing once a rule names the cause', () => {
    const result = answer(['back-pain', 'saddle-anaesthesia', 'urinary-retention'], { age: 45, sex: 'male' });
    expect(result.emergencyPrompts.map((p) => p.causeId)).not.toContain('cauda-equina-syndrome');
  });
});

describe('workup by urgency', () => {
  it('in cauda equina, the MRI the alert names leads the "now" group, ahead of electrophoresis', () => {
    const { workup } = answer(['back-pain', 'saddle-anaesthesia', 'urinary-retention'], { age: 45, sex: 'male' });
    expect(workup[0]).toMatchObject({ testId: 'mri-lumbar-spine', timing: 'now', named: true });
    const order = ['now', 'today', 'outpatient'];
    expect(workup.map((w) => order.indexOf(w.timing))).toEqual([...workup.map((w) => order.indexOf(w.timing))].sort((a, b) => a - b));
    const spep = workup.findIndex((w) => w.testId === 'serum-protein-electrophoresis');
    if (spep >= 0) expect(workup[spep]!.timing).not.toBe('now');
  });

  it('offers capillary glucose and a coagulation screen now for a possible stroke', () => {
    const { workup } = answer(['onset-sudden', 'face-arm-numbness-same-side', 'atrial-fibrillation'], { age: 75 });
    const now = workup.filter((w) => w.timing === 'now').map((w) => w.testId);
    expect(now).toEqual(expect.arrayContaining(['capillary-glucose', 'coagulation-screen']));
  });

  it('shows the polyneuropathy screens for diabetic stocking numbness', () => {
    const { workup } = answer(['diabetes', 'stocking-sensory-loss', 'numbness-feet-bilateral'], { age: 62, sex: 'female' });
    const outpatient = workup.filter((w) => w.timing === 'outpatient').slice(0, 8).map((w) => w.testId);
    expect(outpatient).toEqual(expect.arrayContaining(['hba1c', 'vitamin-b12', 'serum-protein-electrophoresis', 'immunofixation', 'tsh']));
  });
});

describe('treatment cautions for the case', () => {
  it('pregnancy flags the neuropathic-pain drugs and NSAIDs of meralgia; not without it', () => {
    const pregnant = answer(['pregnancy-postpartum', 'lateral-thigh-numbness'], { age: 30, sex: 'female' });
    const flagged = pregnant.treatmentCautions.map((t) => t.treatmentId);
    expect(flagged).toEqual(expect.arrayContaining(['pregabalin', 'gabapentin', 'nsaids']));
    expect(pregnant.workup.some((w) => w.pregnancy)).toBe(true);
    expect(answer(['lateral-thigh-numbness'], { age: 30, sex: 'female' }).treatmentCautions).toEqual([]);
  });
});
