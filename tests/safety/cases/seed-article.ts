// Every urgent and "consult soon" sign of the seed article (shared/seed/000_9252612780906999.txt,
// "When to Seek Medical Evaluation" and the FAQ), as the engine must flag it.
import type { SafetyCase } from '../safety-case';

export const cases: SafetyCase[] = [
  {
    name: 'sudden numbness with face and arm involvement on the same side',
    source: 'seed article: urgent signs (stroke)',
    present: ['onset-sudden', 'face-arm-numbness-same-side', 'numbness-one-leg'], age: 70,
    expect: { alert: 'emergency', rules: ['stroke-tia'], cantMiss: ['stroke-tia'], maxRank: { 'stroke-tia': 2 } },
  },
  {
    name: 'sudden numbness with slurred speech',
    source: 'seed article: urgent signs (stroke)',
    present: ['onset-sudden', 'speech-disturbance', 'numbness-one-leg'], age: 70,
    expect: { alert: 'emergency', rules: ['stroke-tia'], cantMiss: ['stroke-tia'], maxRank: { 'stroke-tia': 3 } },
  },
  {
    name: 'sudden numbness with vision loss',
    source: 'seed article: urgent signs (stroke)',
    present: ['onset-sudden', 'visual-disturbance', 'numbness-one-leg'], age: 70,
    expect: { alert: 'emergency', rules: ['stroke-tia'], cantMiss: ['stroke-tia'] },
  },
  {
    name: 'facial droop with leg numbness',
    source: 'seed article: urgent signs (stroke, F.A.S.T.)',
    present: ['facial-droop', 'numbness-one-leg'], age: 70,
    expect: { alert: 'emergency', rules: ['stroke-tia'], cantMiss: ['stroke-tia'] },
  },
  {
    name: 'loss of bladder control with back pain',
    source: 'seed article: urgent signs (bladder or bowel control loss)',
    present: ['urinary-incontinence', 'back-pain', 'numbness-both-legs'], age: 50,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'painless urinary retention with leg numbness',
    source: 'seed article: urgent signs (bladder or bowel control loss)',
    present: ['urinary-retention', 'numbness-both-legs'], age: 50,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'loss of bowel control with sciatica',
    source: 'seed article: urgent signs (bladder or bowel control loss)',
    present: ['bowel-dysfunction', 'radiating-leg-pain'], age: 50,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'numbness of both legs immediately after a fall',
    source: 'seed article: urgent signs (numbness after trauma or spinal injury)',
    present: ['recent-trauma', 'numbness-both-legs', 'back-pain'], age: 40,
    expect: { alert: 'emergency', rules: ['trauma-numbness'], cantMiss: ['traumatic-spinal-injury'], maxRank: { 'traumatic-spinal-injury': 3 } },
  },
  {
    name: 'tingling of one leg after a road traffic collision today',
    source: 'seed article: urgent signs (numbness after trauma or spinal injury)',
    present: ['recent-trauma', 'numbness-one-leg', 'neck-pain'], age: 30,
    expect: { alert: 'emergency', rules: ['trauma-numbness'], cantMiss: ['traumatic-spinal-injury'] },
  },
  {
    name: 'sudden numbness with a cold, pale leg (arterial clot)',
    source: 'seed article: blood clots (arterial thrombosis)',
    present: ['onset-sudden', 'cold-pale-limb', 'numbness-one-leg'], age: 75,
    expect: { alert: 'emergency', rules: ['acute-limb-ischaemia'], cantMiss: ['acute-limb-ischaemia'], maxRank: { 'acute-limb-ischaemia': 2 } },
  },
  {
    name: 'numbness with a swollen, warm calf (DVT)',
    source: 'seed article: blood clots (DVT)',
    present: ['leg-swelling-unilateral', 'warm-red-calf', 'numbness-one-leg'], age: 55,
    expect: { alert: 'urgent', rules: ['dvt'], cantMiss: ['deep-vein-thrombosis'], maxRank: { 'deep-vein-thrombosis': 2 } },
  },
  {
    name: 'swollen leg with new breathlessness',
    source: 'seed article: blood clots (DVT), with the PE warning of the catalog',
    present: ['leg-swelling-unilateral', 'breathing-difficulty'], age: 55,
    expect: { alert: 'emergency', rules: ['dvt-possible-pe'], notRules: ['dvt'], cantMiss: ['deep-vein-thrombosis'] },
  },
  {
    name: 'rapidly ascending numbness and weakness after an infection',
    source: 'seed article: Guillain-Barré (rapid onset, ascending, can affect breathing)',
    present: ['rapidly-ascending-weakness', 'ascending-numbness', 'recent-infection', 'onset-acute'], age: 35,
    expect: { alert: 'emergency', rules: ['guillain-barre'], cantMiss: ['guillain-barre-syndrome'], maxRank: { 'guillain-barre-syndrome': 2 } },
  },
  {
    name: 'ascending numbness with difficulty breathing',
    source: 'seed article: Guillain-Barré (can affect breathing)',
    present: ['ascending-numbness', 'breathing-difficulty'], age: 35,
    expect: { alert: 'emergency', rules: ['guillain-barre'], cantMiss: ['guillain-barre-syndrome'] },
  },
  {
    name: 'back pain, fever and leg weakness (epidural abscess)',
    source: 'seed article: spinal infections (epidural abscess)',
    present: ['fever', 'back-pain', 'leg-weakness'], age: 50,
    expect: { alert: 'emergency', rules: ['spinal-epidural-abscess'], notRules: ['possible-spinal-infection'], cantMiss: ['spinal-epidural-abscess'], maxRank: { 'spinal-epidural-abscess': 3 } },
  },
  {
    name: 'two-leg weakness affecting walking, coming on over months',
    source: 'seed article: consult soon (two-leg involvement impacting walking)',
    present: ['bilateral-leg-weakness', 'difficulty-walking', 'onset-chronic'], age: 60,
    expect: { alert: 'urgent', rules: ['progressive-leg-weakness'], notRules: ['acute-paraparesis'] },
  },
  {
    name: 'progressive worsening of one-leg weakness',
    source: 'seed article: consult soon (progressive worsening)',
    present: ['leg-weakness', 'progressive-worsening', 'onset-subacute'], age: 60,
    expect: { alert: 'urgent', rules: ['progressive-leg-weakness'] },
  },
  {
    name: 'burning feet in poorly controlled diabetes: no alarm, diabetic neuropathy first',
    source: 'seed article: diabetes (A1C above 9 %)',
    present: ['diabetes', 'hba1c-above-9', 'burning-pain-feet', 'numbness-feet-bilateral', 'onset-chronic'], age: 60,
    expect: { alert: 'none', maxRank: { 'diabetic-neuropathy': 1 } },
  },
  {
    name: 'numb feet in someone taking high-dose B6 supplements: toxicity ranks first',
    source: 'seed article: excess B6 can cause neuropathy',
    present: ['b6-supplement-high-dose', 'numbness-feet-bilateral', 'tingling-paraesthesia', 'onset-chronic'], age: 45,
    expect: { alert: 'none', maxRank: { 'vitamin-b6-toxicity': 1 } },
  },
];
