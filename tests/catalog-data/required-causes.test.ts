// The causes the catalog issue requires, each with its ICD-10-CM codes. A code ending in "x"
// means "at least one real code under this one" (e.g. M54.3x is satisfied by M54.31).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/files';
import { ICD10CM } from '@/lib/terminology';

const REQUIRED: [causeId: string, codes: string[]][] = [
  ['lumbar-disc-herniation', ['M51.16', 'M51.17']],
  ['sciatica', ['M54.3x', 'M54.4x']],
  ['lumbar-spinal-stenosis', ['M48.062']],
  ['cauda-equina-syndrome', ['G83.4']],
  ['spinal-cord-compression-tumour', ['G95.20', 'D33.4', 'C79.49']],
  ['spinal-epidural-abscess', ['G06.1', 'M46.2x', 'M46.4x']],
  ['ankylosing-spondylitis', ['M45.x']],
  ['degenerative-myelopathy', ['M47.1x', 'M50.0x']],
  ['peripheral-artery-disease', ['I73.9', 'I70.21x']],
  ['acute-limb-ischaemia', ['I74.3']],
  ['deep-vein-thrombosis', ['I82.4xx']],
  ['raynaud-phenomenon', ['I73.0x']],
  ['diabetic-neuropathy', ['E11.42', 'E10.42']],
  ['b12-deficiency', ['E53.8', 'D51.x']],
  ['vitamin-b6-toxicity', ['G62.2']],
  ['vitamin-b6-deficiency', ['E53.1']],
  ['vitamin-e-deficiency', ['E56.0']],
  ['alcoholic-neuropathy', ['G62.1', 'E51.x']],
  ['multiple-sclerosis', ['G35']],
  ['guillain-barre-syndrome', ['G61.0']],
  ['cidp', ['G61.81']],
  ['vasculitic-neuropathy', ['M32.x', 'M05.x', 'M31.x', 'G58.7']],
  ['common-fibular-neuropathy', ['G57.3x']],
  ['meralgia-paresthetica', ['G57.1x']],
  ['tarsal-tunnel-syndrome', ['G57.5x']],
  ['morton-neuroma', ['G57.6x']],
  ['stroke-tia', ['I63.x', 'I61.x', 'G45.9']],
  ['lyme-neuroborreliosis', ['A69.2x']],
  ['hiv-neuropathy', ['B20']],
  ['herpes-zoster-radiculitis', ['B02.2x']],
  ['hypothyroid-neuropathy', ['E03.9']],
  ['drug-induced-neuropathy', ['G62.0']],
  ['uraemic-neuropathy', ['N18.x', 'G63']],
  ['paraproteinaemic-neuropathy', ['D47.2']],
  ['charcot-marie-tooth', ['G60.0']],
];

/** True when `code` is the required code, or one under it where the requirement ends in x. */
function satisfies(code: string, required: string): boolean {
  const stem = required.replace(/x+$/, '');
  if (stem === required) return code === required;
  return code.startsWith(stem) && code.length > stem.length;
}

const { data, warnings } = loadCatalog();
const causes = new Map(data.causes.map((c) => [c.id, c]));

describe('the catalog covers the required differential', () => {
  it.each(REQUIRED)('%s is present with ICD-10-CM %j', (id, codes) => {
    const cause = causes.get(id);
    expect(cause, `cause ${id}`).toBeDefined();
    const icd = cause!.codes.filter((c) => c.system === ICD10CM).map((c) => c.code);
    for (const required of codes) {
      expect(icd.some((code) => satisfies(code, required)), `${id} needs ${required}, has ${icd.join(', ')}`).toBe(true);
    }
  });

  it('goes beyond the required list', () => {
    expect(data.causes.length).toBeGreaterThan(REQUIRED.length);
  });

  it('has at least 150 findings, each with synonyms', () => {
    expect(data.findings.length).toBeGreaterThanOrEqual(150);
    const bare = data.findings.filter((f) => f.synonyms.length === 0).map((f) => f.id);
    expect(bare).toEqual([]);
  });

  it('gives every cause at least one test, treatment and reference, and 6-30 findings (catalog contract §1)', () => {
    for (const cause of data.causes) {
      expect(cause.tests.length, cause.id).toBeGreaterThanOrEqual(1);
      expect(cause.treatments.length, cause.id).toBeGreaterThanOrEqual(1);
      expect(cause.references.length, cause.id).toBeGreaterThanOrEqual(1);
      expect(cause.findings.length, cause.id).toBeGreaterThanOrEqual(6);
      expect(cause.findings.length, cause.id).toBeLessThanOrEqual(30);
    }
  });

  it('validates with zero warnings', () => {
    expect(warnings.map((w) => `${w.file} › ${w.entry}: ${w.message}`)).toEqual([]);
  });

  it('marks every emergency cause as can\'t-miss', () => {
    const missing = data.causes.filter((c) => c.urgency === 'emergency' && !c.cantMiss).map((c) => c.id);
    expect(missing).toEqual([]);
  });
});

describe('satisfies', () => {
  it.each([
    ['M54.31', 'M54.3x', true],
    ['M54.3', 'M54.3x', false],
    ['I82.401', 'I82.4xx', true],
    ['G35', 'G35', true],
    ['G35.1', 'G35', false],
  ] as const)('%s satisfies %s: %s', (code, required, expected) => {
    expect(satisfies(code, required)).toBe(expected);
  });
});
