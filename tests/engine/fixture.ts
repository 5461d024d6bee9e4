// A small synthetic catalog for engine tests. Clinical names make the cases readable; the
// numbers are plausible but invented, so no test here is evidence about medicine.
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { DEFAULT_TUNING, type ModelTuning } from '../../lib/engine/parameters';
import { LOINC } from '../../lib/terminology';
import type {
  EngineCatalog,
  EngineCause,
  EngineCauseTest,
  EngineFinding,
  FindingKind,
  TestRole,
} from '../../lib/engine/types';

/** A finding entry. */
export function finding(id: string, kind: FindingKind, backgroundFrequency: number, label = id): EngineFinding {
  return { id, label, kind, backgroundFrequency };
}

/** A cause-test link. */
export function testLink(testId: string, role: TestRole, priority: number): EngineCauseTest {
  return { testId, role, priority, supportingResult: `${testId} supports` };
}

/** A cause with neutral defaults; findings given as { findingId: P(f|c) }. */
export function cause(
  id: string,
  findings: Record<string, number>,
  overrides: Partial<Omit<EngineCause, 'id' | 'findings'>> = {},
): EngineCause {
  return {
    id,
    name: id,
    icd10: [],
    urgency: 'routine',
    cantMiss: false,
    prevalenceTier: 'common',
    typicalAge: { min: 0, max: 120 },
    typicalSex: 'any',
    tests: [],
    ...overrides,
    findings: Object.entries(findings).map(([findingId, probability]) => ({ findingId, probability, evidence: 'estimate' })),
  };
}

const findings: EngineFinding[] = [
  finding('numbness-feet-bilateral', 'symptom', 0.35, 'Numbness of both feet'),
  finding('radiating-leg-pain', 'symptom', 0.4, 'Pain radiating down the leg'),
  finding('saddle-anaesthesia', 'symptom', 0.03, 'Saddle anaesthesia'),
  finding('urinary-retention', 'symptom', 0.03, 'Urinary retention'),
  finding('rapidly-ascending-weakness', 'symptom', 0.05, 'Weakness ascending over days'),
  finding('bilateral-leg-weakness', 'symptom', 0.1, 'Weakness of both legs'),
  finding('onset-sudden', 'symptom', 0.06, 'Sudden onset'),
  finding('diabetes', 'history', 0.2, 'Known diabetes'),
  finding('recent-infection', 'history', 0.1, 'Infection in the past 4 weeks'),
  finding('oestrogen-pregnancy', 'history', 0.03, 'Pregnancy or post-partum'),
  finding('slr-positive', 'sign', 0.25, 'Positive straight leg raise'),
  finding('ankle-reflex-absent-bilateral', 'sign', 0.3, 'Absent ankle reflexes bilaterally'),
  finding('areflexia-generalised', 'sign', 0.08, 'Generalised areflexia'),
  finding('cold-pale-limb', 'sign', 0.03, 'Cold, pale limb'),
  finding('absent-foot-pulses', 'sign', 0.08, 'Absent foot pulses'),
  finding('hba1c-diabetic', 'lab', 0.2, 'HbA1c ≥ 6.5 %'),
  finding('mri-cauda-equina-compression', 'imaging', 0.02, 'MRI: cauda equina compression'),
  finding('ncs-demyelinating', 'neurophysiology', 0.04, 'NCS: demyelinating features'),
];

const causes: EngineCause[] = [
  cause(
    'diabetic-polyneuropathy',
    { 'numbness-feet-bilateral': 0.9, diabetes: 0.95, 'ankle-reflex-absent-bilateral': 0.7, 'hba1c-diabetic': 0.9,
      'radiating-leg-pain': 0.1, 'saddle-anaesthesia': 0.01, 'onset-sudden': 0.01, 'rapidly-ascending-weakness': 0.01 },
    { name: 'Diabetic peripheral neuropathy', icd10: ['E11.42'], prevalenceTier: 'very_common', typicalAge: { min: 40, max: 95 },
      tests: [testLink('neuro-exam', 'first_line', 1), testLink('hba1c', 'first_line', 2), testLink('ncs-emg', 'if_indicated', 3)] },
  ),
  cause(
    'lumbar-disc-herniation',
    { 'radiating-leg-pain': 0.9, 'slr-positive': 0.8, 'numbness-feet-bilateral': 0.1, 'saddle-anaesthesia': 0.02,
      'onset-sudden': 0.05, 'ankle-reflex-absent-bilateral': 0.1 },
    { name: 'Lumbar disc herniation with radiculopathy', icd10: ['M51.16'], prevalenceTier: 'very_common',
      typicalAge: { min: 20, max: 65 }, typicalSex: 'male_predominant',
      tests: [testLink('neuro-exam', 'first_line', 1), testLink('mri-lumbar-spine', 'if_indicated', 2)] },
  ),
  cause(
    'cauda-equina-syndrome',
    { 'saddle-anaesthesia': 0.75, 'urinary-retention': 0.7, 'bilateral-leg-weakness': 0.5, 'radiating-leg-pain': 0.8,
      'slr-positive': 0.5, 'mri-cauda-equina-compression': 0.98, 'numbness-feet-bilateral': 0.3 },
    { name: 'Cauda equina syndrome', icd10: ['G83.4'], urgency: 'emergency', cantMiss: true, prevalenceTier: 'rare',
      typicalAge: { min: 20, max: 75 },
      tests: [testLink('neuro-exam', 'first_line', 1), testLink('bladder-scan', 'first_line', 2),
        testLink('mri-lumbar-spine', 'confirmatory', 3)] },
  ),
  cause(
    'guillain-barre-syndrome',
    { 'rapidly-ascending-weakness': 0.9, 'areflexia-generalised': 0.9, 'recent-infection': 0.65,
      'bilateral-leg-weakness': 0.85, 'numbness-feet-bilateral': 0.6, 'ncs-demyelinating': 0.7, 'onset-sudden': 0.05,
      'saddle-anaesthesia': 0.02 },
    { name: 'Guillain-Barré syndrome', icd10: ['G61.0'], urgency: 'urgent', cantMiss: true, prevalenceTier: 'rare',
      typicalAge: { min: 16, max: 90 },
      tests: [testLink('neuro-exam', 'first_line', 1), testLink('fvc-bedside', 'first_line', 2),
        testLink('ncs-emg', 'confirmatory', 3), testLink('csf-analysis', 'confirmatory', 4)] },
  ),
  cause(
    'acute-limb-ischaemia',
    { 'cold-pale-limb': 0.9, 'absent-foot-pulses': 0.95, 'onset-sudden': 0.8, diabetes: 0.3, 'radiating-leg-pain': 0.05 },
    { name: 'Acute limb ischaemia', icd10: ['I74.3'], urgency: 'emergency', cantMiss: true, prevalenceTier: 'uncommon',
      typicalAge: { min: 50, max: 95 },
      tests: [testLink('ankle-brachial-index', 'first_line', 1), testLink('ct-angiography-legs', 'confirmatory', 2)] },
  ),
  cause(
    'obstetric-lumbosacral-plexopathy',
    { 'oestrogen-pregnancy': 0.99, 'radiating-leg-pain': 0.3, 'numbness-feet-bilateral': 0.1, 'slr-positive': 0.1 },
    { name: 'Obstetric lumbosacral plexopathy', icd10: ['G54.1'], prevalenceTier: 'rare', typicalAge: { min: 18, max: 45 },
      typicalSex: 'female', tests: [testLink('neuro-exam', 'first_line', 1), testLink('ncs-emg', 'confirmatory', 2)] },
  ),
];

/** The fixture catalog; the urgent rule comes first so that ordering by level is tested. */
export const fixtureCatalog: EngineCatalog = {
  version: 'fixture-1',
  findings,
  causes,
  tests: [
    { id: 'neuro-exam', name: 'Neurological examination', kind: 'bedside', codes: [] },
    { id: 'bladder-scan', name: 'Post-void bladder scan', kind: 'bedside', codes: [] },
    { id: 'fvc-bedside', name: 'Bedside FVC', kind: 'bedside', codes: [] },
    { id: 'ankle-brachial-index', name: 'Ankle-brachial index', kind: 'bedside', codes: [] },
    { id: 'hba1c', name: 'HbA1c', kind: 'lab', codes: [{ system: LOINC, code: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood' }] },
    { id: 'csf-analysis', name: 'Lumbar puncture (CSF analysis)', kind: 'lab', codes: [] },
    { id: 'mri-lumbar-spine', name: 'MRI lumbar spine', kind: 'imaging', codes: [] },
    { id: 'ct-angiography-legs', name: 'CT angiography of the legs', kind: 'imaging', codes: [] },
    { id: 'ncs-emg', name: 'Nerve conduction studies and EMG', kind: 'neurophysiology', codes: [] },
  ],
  rules: [
    { id: 'rapidly-progressive-weakness', name: 'Rapidly progressive weakness', level: 'urgent',
      message: 'Ascending weakness with areflexia suggests Guillain-Barré syndrome.',
      action: 'Same-day neurology review; measure FVC.',
      triggers: [['rapidly-ascending-weakness', 'areflexia-generalised'], ['rapidly-ascending-weakness', 'bilateral-leg-weakness']],
      causeIds: ['guillain-barre-syndrome'] },
    { id: 'cauda-equina-red-flags', name: 'Cauda equina red flags', level: 'emergency',
      message: 'Saddle anaesthesia or retention with sciatica suggests cauda equina syndrome.',
      action: 'Emergency MRI of the lumbar spine within hours.',
      triggers: [['saddle-anaesthesia'], ['urinary-retention', 'radiating-leg-pain']],
      causeIds: ['cauda-equina-syndrome'] },
  ],
};

/**
 * Plain naive Bayes on the fixture: evidence exponent 1 and no damping, so that the tests can state
 * exact likelihood ratios; the leak and the fitted tier weights are the app's. Tests of the
 * calibration and dependence corrections build their own index.
 */
export const EXACT_TUNING: ModelTuning = { ...DEFAULT_TUNING, evidenceExponent: 1, testEvidenceExponent: 1, damping: 1 };

/** The fixture catalog's index, built once per test file. */
export const fixtureIndex = buildEngineIndex(fixtureCatalog, EXACT_TUNING);

/** A catalog of only the given causes and findings (no tests or rules unless given). */
export function smallCatalog(parts: Partial<EngineCatalog> & Pick<EngineCatalog, 'causes' | 'findings'>): EngineCatalog {
  return { version: 'small', tests: [], rules: [], ...parts };
}
