// A checklist of everything the seed article (shared/seed) names: each cause, test, treatment
// and supplement, urgent and "consult soon" sign, prevention point and FAQ answer must have a
// catalog entry. Each row names the article's words and the entry that carries them.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/files';
import type { CatalogData } from '@/lib/schemas/catalog';

type Section = 'causes' | 'tests' | 'treatments' | 'findings' | 'redFlags' | 'advice';
type Row = [articleItem: string, section: Section, id: string, mustMention?: RegExp];

const CAUSES: Row[] = [
  ['Herniated disc (L4-L5)', 'causes', 'lumbar-disc-herniation'],
  ['Sciatica', 'causes', 'sciatica'],
  ['Peripheral artery disease', 'causes', 'peripheral-artery-disease'],
  ['Blood clots: DVT', 'causes', 'deep-vein-thrombosis'],
  ['Blood clots: arterial thrombosis', 'causes', 'acute-limb-ischaemia'],
  ["Raynaud's disease", 'causes', 'raynaud-phenomenon'],
  ['Diabetic peripheral neuropathy', 'causes', 'diabetic-neuropathy'],
  ['Vitamin B12 deficiency', 'causes', 'b12-deficiency'],
  ['Low B6', 'causes', 'vitamin-b6-deficiency'],
  ['Excessive B6', 'causes', 'vitamin-b6-toxicity'],
  ['Vitamin E deficiency', 'causes', 'vitamin-e-deficiency'],
  ['Vitamin D deficiency', 'causes', 'vitamin-d-deficiency'],
  ['Multiple sclerosis', 'causes', 'multiple-sclerosis'],
  ['Guillain-Barré syndrome', 'causes', 'guillain-barre-syndrome'],
  ['Lupus or rheumatoid arthritis', 'causes', 'vasculitic-neuropathy'],
  ['Spinal stenosis', 'causes', 'lumbar-spinal-stenosis'],
  ['Spinal tumours', 'causes', 'spinal-cord-compression-tumour'],
  ['Epidural abscess / spondylodiscitis', 'causes', 'spinal-epidural-abscess'],
  ['Ankylosing spondylitis', 'causes', 'ankylosing-spondylitis'],
  ['Alcoholic neuropathy with thiamine deficiency', 'causes', 'alcoholic-neuropathy'],
  ['Position-related compression (positional neuropathy)', 'causes', 'positional-paraesthesia'],
  ['Position-related compression: tight shoes, leg crossing', 'causes', 'common-fibular-neuropathy'],
  ['Stroke or TIA', 'causes', 'stroke-tia'],
  ['Lyme disease', 'causes', 'lyme-neuroborreliosis'],
  ['Viral neuropathies', 'causes', 'hiv-neuropathy'],
  ['Viral neuropathies (zoster)', 'causes', 'herpes-zoster-radiculitis'],
  ['Numbness after trauma or spinal injury', 'causes', 'traumatic-spinal-injury'],
];

const TESTS: Row[] = [
  ['History and physical examination', 'tests', 'neuro-exam'],
  ['Balance and gait', 'tests', 'romberg-test'],
  ['Glucose', 'tests', 'fasting-glucose'],
  ['A1C', 'tests', 'hba1c'],
  ['B12', 'tests', 'vitamin-b12'],
  ['B6', 'tests', 'vitamin-b6'],
  ['Folate', 'tests', 'folate'],
  ['Vitamin D', 'tests', 'vitamin-d'],
  ['Thyroid', 'tests', 'tsh'],
  ['Inflammatory markers (ESR)', 'tests', 'esr'],
  ['Inflammatory markers (CRP)', 'tests', 'crp'],
  ['Autoimmune panels', 'tests', 'ana'],
  ['Vitamin E or other rarely tested nutrients', 'tests', 'vitamin-e'],
  ['MRI for spinal issues and tumours', 'tests', 'mri-lumbar-spine'],
  ['MRI or CT for brain-related causes', 'tests', 'mri-brain'],
  ['CT', 'tests', 'ct-head'],
  ['X-rays for fractures or degeneration', 'tests', 'spine-xray'],
  ['Doppler ultrasound for blood flow (arterial)', 'tests', 'arterial-duplex'],
  ['Doppler ultrasound (venous)', 'tests', 'compression-ultrasound'],
  ['Nerve conduction studies and EMG', 'tests', 'ncs-emg'],
];

const TREATMENTS: Row[] = [
  ['Improve posture and regular movement breaks', 'treatments', 'posture-movement-breaks'],
  ['Balanced nutrition, protein intake', 'treatments', 'balanced-nutrition'],
  ['Smoking cessation', 'treatments', 'smoking-cessation'],
  ['Limiting alcohol', 'treatments', 'alcohol-reduction'],
  ['Weight control', 'treatments', 'weight-management'],
  ['Regular moderate activity', 'treatments', 'regular-activity'],
  ['Strict blood sugar control (A1C under 7 %)', 'treatments', 'glycaemic-control', /7\s?%|53 mmol/],
  ['Foot care', 'treatments', 'diabetic-foot-care'],
  ['Gabapentin', 'treatments', 'gabapentin'],
  ['Pregabalin', 'treatments', 'pregabalin'],
  ['Blood thinners or clot treatments', 'treatments', 'anticoagulation-doac'],
  ['Steroids', 'treatments', 'corticosteroids'],
  ['Immunosuppressants', 'treatments', 'immunosuppressant'],
  ['Disease-modifying therapies', 'treatments', 'ms-dmt'],
  ['Vitamin B12 supplements', 'treatments', 'cyanocobalamin'],
  ['B12 injections', 'treatments', 'hydroxocobalamin-im'],
  ['Vitamin B6 (cautiously): excess causes neuropathy', 'treatments', 'pyridoxine', /neuropath/i],
  ['Vitamin D supplements', 'treatments', 'vitamin-d-supplement'],
  ['Other nutrient supplements (thiamine)', 'treatments', 'thiamine'],
  ['Herniated disc rehabilitation, core strengthening, stretching', 'treatments', 'physiotherapy-core'],
  ['Strength and balance training', 'treatments', 'strength-balance-training'],
  ['Ergonomic adjustments', 'treatments', 'ergonomic-adjustments'],
  ['Gait training, mobility aids', 'treatments', 'gait-training-mobility-aids'],
  ['Surgery for severe spinal stenosis or disc herniation', 'treatments', 'spinal-decompression-surgery'],
  ['IVIG for Guillain-Barré', 'treatments', 'ivig'],
  ['Plasmapheresis', 'treatments', 'plasma-exchange'],
  ['Stroke rehabilitation (physical, occupational, speech)', 'treatments', 'stroke-rehabilitation'],
  ['Acupuncture', 'treatments', 'acupuncture'],
  ['Massage', 'treatments', 'massage'],
  ['Chiropractic care', 'treatments', 'chiropractic-manipulation'],
  ['Structured walking programme (PAD)', 'treatments', 'supervised-walking-programme'],
  ['Compression stockings', 'treatments', 'compression-stockings'],
  ['Medication for PAD', 'treatments', 'cilostazol'],
  ["Raynaud's: insulation, stress management", 'treatments', 'cold-avoidance'],
  ["Raynaud's: medication in persistent cases", 'treatments', 'calcium-channel-blocker'],
  ['Antibiotics (Lyme)', 'treatments', 'antibiotics-lyme'],
  ['Anti-inflammatory medications', 'treatments', 'nsaids'],
  ['Abstinence and nutritional rehabilitation', 'treatments', 'alcohol-reduction'],
  ['Stop or reduce a neurotoxic supplement or drug', 'treatments', 'stop-offending-drug'],
];

const SIGNS: Row[] = [
  ['Urgent: sudden numbness with arm or facial involvement, slurred speech, vision loss', 'redFlags', 'stroke-tia'],
  ['Urgent: bladder or bowel control loss', 'redFlags', 'cauda-equina'],
  ['Urgent: numbness immediately after trauma or spinal injury', 'redFlags', 'trauma-numbness'],
  ['Arterial clot: severe pain, paleness, blue discoloration', 'redFlags', 'acute-limb-ischaemia'],
  ['DVT: warmth, swelling, discomfort', 'redFlags', 'dvt'],
  ['GBS: ascending numbness, can affect breathing', 'redFlags', 'guillain-barre'],
  ['Two-leg involvement impacting walking or balance', 'redFlags', 'progressive-leg-weakness'],
];

/** Advice entries are matched by kind and wording, since their ids are editorial. */
const ADVICE: [articleItem: string, kind: string, wording: RegExp][] = [
  ['Urgent: stroke signs', 'seek_care_now', /speech|face|facial/i],
  ['Urgent: bladder or bowel control loss', 'seek_care_now', /bladder|bowel/i],
  ['Urgent: numbness after trauma or spinal injury', 'seek_care_now', /trauma|injur/i],
  ['Consult soon: persistent numbness lasting several days', 'consult_soon', /several days|persist/i],
  ['Consult soon: progressive worsening', 'consult_soon', /progress|worsen/i],
  ['Consult soon: two-leg involvement impacting walking or balance', 'consult_soon', /both legs|two.leg/i],
  ['Consult soon: known diabetes, autoimmune or vascular conditions', 'consult_soon', /diabetes/i],
  ['Prevention: regular health screenings', 'prevention', /screening/i],
  ['Prevention: nutritional optimisation', 'prevention', /B12|nutrition/i],
  ['Prevention: scheduled movement, posture checks, breaks', 'prevention', /posture|move|break/i],
  ['Prevention: smoking cessation and moderate alcohol', 'prevention', /smok/i],
  ['Prevention: management of chronic conditions', 'prevention', /follow-up|chronic|long-term/i],
  ['FAQ: how quickly can numbness resolve', 'faq', /quickly|how long/i],
  ['FAQ: can exercise worsen numbness', 'faq', /exercise/i],
  ['FAQ: is numbness always reversible', 'faq', /reversible/i],
  ['FAQ: should I take vitamin B12', 'faq', /B12/],
  ['FAQ: how can I tell if numbness is serious', 'faq', /serious/i],
];

const { data } = loadCatalog();

function entry(section: Section, id: string): unknown {
  return (data[section] as CatalogData[Section]).find((e) => e.id === id);
}

describe('every item of the seed article has a catalog entry', () => {
  it.each([...CAUSES, ...TESTS, ...TREATMENTS, ...SIGNS])('%s → %s/%s', (_item, section, id, mustMention) => {
    const found = entry(section, id);
    expect(found, `${section}/${id}`).toBeDefined();
    if (mustMention) expect(JSON.stringify(found)).toMatch(mustMention);
  });

  it.each(ADVICE)('%s → advice of kind %s', (_item, kind, wording) => {
    const matches = data.advice.filter((a) => a.kind === kind && wording.test(`${a.title} ${a.body}`));
    expect(matches.length, `${kind} matching ${wording}`).toBeGreaterThan(0);
  });

  it('warns that excess vitamin B6 causes neuropathy on the B6 causes and in the FAQ', () => {
    expect(JSON.stringify(entry('causes', 'vitamin-b6-toxicity'))).toMatch(/excess|toxic|high.dose/i);
    expect(JSON.stringify(entry('causes', 'vitamin-b6-deficiency'))).toMatch(/toxicity/i);
    expect(data.advice.some((a) => a.kind === 'faq' && /B6/.test(a.body) && /neuropath/i.test(a.body))).toBe(true);
  });
});
