// Every patient scenario and simulation of the clinical review (shared/reviews/clinical-review-2026-12.md),
// as the engine must now handle it. Ids in `source` are the review's defect ids.
import type { SafetyCase } from '../safety-case';

const earlyCes = ['back-pain', 'radiating-leg-pain', 'numbness-both-legs', 'onset-acute'];
const lateCesSigns = ['saddle-anaesthesia', 'urinary-retention', 'perianal-sensory-loss', 'reduced-anal-tone'];

export const cases: SafetyCase[] = [
  {
    name: 'early cauda equina, late signs not asked (40-year-old man, back pain, sciatica, numb legs, acute)',
    source: 'clinical review D1',
    present: earlyCes, age: 40, sex: 'male',
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'], maxRank: { 'cauda-equina-syndrome': 5 } },
  },
  {
    name: 'early cauda equina with saddle, retention, perianal and anal-tone signs recorded absent',
    source: 'clinical review D1',
    present: earlyCes, absent: lateCesSigns, age: 40, sex: 'male',
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'], maxRank: { 'cauda-equina-syndrome': 20 } },
  },
  {
    name: 'unilateral sciatica, acute, every cauda equina sign recorded absent but incontinence not asked: still on the can\'t-miss list',
    source: 'clinical review D1 (can\'t-miss rule)',
    present: ['back-pain', 'radiating-leg-pain', 'onset-acute'],
    absent: [...lateCesSigns, 'numbness-both-legs', 'bilateral-leg-weakness', 'bilateral-sciatica', 'post-void-residual-high'],
    age: 40, sex: 'male',
    expect: { alert: 'none', notRules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'bilateral sciatica with numbness of both legs',
    source: 'clinical review D2',
    present: ['bilateral-sciatica', 'numbness-both-legs', 'back-pain'], age: 45, sex: 'female',
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'], maxRank: { 'cauda-equina-syndrome': 5 } },
  },
  {
    name: 'sciatica with numbness of both legs (bilateral radicular symptoms without the new finding)',
    source: 'clinical review D2',
    present: ['radiating-leg-pain', 'numbness-both-legs'], age: 45,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'paraparesis with thoracic and night pain and weight loss, no known cancer',
    source: 'clinical review D3',
    present: ['bilateral-leg-weakness', 'thoracic-back-pain', 'night-back-pain', 'weight-loss', 'numbness-both-legs'], age: 68, sex: 'male',
    expect: {
      alert: 'emergency', rules: ['metastatic-cord-compression'], notRules: ['suspected-spinal-metastasis'],
      cantMiss: ['spinal-cord-compression-tumour'], maxRank: { 'spinal-cord-compression-tumour': 3 },
    },
  },
  {
    name: 'sudden thoracic back pain with paraparesis and numb legs in a hypertensive 65-year-old man',
    source: 'clinical review D4',
    present: ['onset-sudden', 'thoracic-back-pain', 'bilateral-leg-weakness', 'numbness-both-legs', 'hypertension'], age: 65, sex: 'male',
    expect: {
      alert: 'emergency', rules: ['acute-paraparesis'],
      cantMiss: ['spinal-cord-compression-tumour', 'spinal-epidural-abscess', 'acute-limb-ischaemia'],
    },
  },
  {
    name: 'afebrile diabetic with back pain, paraparesis and raised CRP',
    source: 'clinical review D5',
    present: ['diabetes', 'back-pain', 'bilateral-leg-weakness', 'inflammatory-markers-raised'], absent: ['fever'], age: 60, sex: 'male',
    expect: { alert: 'emergency', rules: ['spinal-epidural-abscess'], cantMiss: ['spinal-epidural-abscess'], maxRank: { 'spinal-epidural-abscess': 5 } },
  },
  {
    name: 'Charcot-Marie-Tooth: chronic, pes cavus, family history, areflexia and weak legs',
    source: 'clinical review W10',
    present: ['pes-cavus', 'family-history-neuropathy', 'onset-chronic', 'areflexia-generalised', 'bilateral-leg-weakness', 'numbness-feet-bilateral'],
    age: 35,
    expect: { alert: 'urgent', rules: ['progressive-leg-weakness'], notRules: ['guillain-barre', 'acute-paraparesis'], maxRank: { 'charcot-marie-tooth': 2 } },
  },
  {
    name: 'acute ascending numbness and weakness of both legs with reflexes preserved',
    source: 'clinical review W11',
    present: ['ascending-numbness', 'bilateral-leg-weakness', 'onset-acute'], absent: ['areflexia-generalised'], age: 40,
    expect: { alert: 'emergency', rules: ['guillain-barre'], cantMiss: ['guillain-barre-syndrome'], maxRank: { 'guillain-barre-syndrome': 6 } },
  },
  {
    name: 'tarsal tunnel syndrome after an old ankle sprain',
    source: 'clinical review W12',
    present: ['old-injury', 'sole-numbness', 'burning-pain-feet', 'tinel-tarsal-tunnel', 'numbness-one-leg', 'onset-chronic'], age: 50,
    expect: { alert: 'none', notRules: ['trauma-numbness'], maxRank: { 'tarsal-tunnel-syndrome': 2 } },
  },
  {
    name: '72-year-old diabetic woman with stress incontinence and numb feet',
    source: 'clinical review W13',
    present: ['urinary-incontinence', 'diabetes', 'numbness-feet-bilateral', 'onset-chronic'], age: 72, sex: 'female',
    expect: { alert: 'none', notRules: ['cauda-equina'], maxRank: { 'diabetic-neuropathy': 2 } },
  },
  {
    name: 'sudden weakness and numbness of one leg in a 75-year-old man with atrial fibrillation',
    source: 'clinical review W14',
    present: ['onset-sudden', 'leg-weakness', 'numbness-one-leg', 'atrial-fibrillation'], age: 75, sex: 'male',
    expect: { alert: 'emergency', rules: ['stroke-tia'], cantMiss: ['stroke-tia', 'acute-limb-ischaemia'], maxRank: { 'stroke-tia': 5 } },
  },
  {
    name: 'sudden loss of balance with cerebellar signs',
    source: 'clinical review W14',
    present: ['onset-sudden', 'cerebellar-signs', 'numbness-one-leg'], age: 70,
    expect: { alert: 'emergency', rules: ['stroke-tia'], cantMiss: ['stroke-tia'] },
  },
  {
    name: 'foot drop, patchy sensory loss, purpura and weight loss',
    source: 'clinical review W15',
    present: ['foot-drop', 'patchy-asymmetric-sensory-loss', 'palpable-purpura', 'weight-loss'], age: 60,
    expect: { alert: 'urgent', rules: ['vasculitic-neuropathy'], cantMiss: ['vasculitic-neuropathy'], maxRank: { 'vasculitic-neuropathy': 2 } },
  },
  {
    name: 'hot, swollen foot in a numb diabetic foot',
    source: 'clinical review W16',
    present: ['hot-swollen-foot', 'diabetes', 'monofilament-loss', 'numbness-feet-bilateral'], age: 60,
    expect: { alert: 'urgent', rules: ['acute-charcot-foot'], maxRank: { 'diabetic-neuropathy': 2 } },
  },
  {
    name: 'peripheral artery disease: smoker with claudication, cold feet and a low ABI',
    source: 'clinical review W18-W19',
    present: ['vascular-claudication', 'smoking', 'cold-feet', 'abi-low', 'absent-foot-pulses', 'onset-chronic'], age: 72, sex: 'female',
    expect: { alert: 'none', maxRank: { 'peripheral-artery-disease': 2 } },
  },
  {
    name: 'numb, swollen, painful calf after a long flight: DVT still leads after its numbness likelihood was lowered',
    source: 'clinical review W21',
    present: ['numbness-one-leg', 'leg-swelling-unilateral', 'calf-pain', 'immobility-surgery-travel'], age: 50,
    expect: { alert: 'urgent', rules: ['dvt'], cantMiss: ['deep-vein-thrombosis'], maxRank: { 'deep-vein-thrombosis': 2 } },
  },
  {
    name: 'low vitamin D with numb feet in a diabetic: diabetes, not vitamin D, leads',
    source: 'clinical review W22',
    present: ['vitamin-d-low', 'numbness-feet-bilateral', 'diabetes', 'onset-chronic'], age: 60,
    expect: { alert: 'none', maxRank: { 'diabetic-neuropathy': 1 } },
  },
  {
    name: 'Morton neuroma: forefoot burning with web-space tenderness, no Mulder click',
    source: 'clinical review W20',
    present: ['forefoot-pain', 'burning-pain-feet', 'web-space-squeeze-tenderness'], absent: ['mulder-click'], age: 50, sex: 'female',
    expect: { alert: 'none', maxRank: { 'morton-neuroma': 2 } },
  },
];
