// Each red-flag rule's narrowing and each trigger the clinical review found missing: the
// presentations just inside and just outside a rule, so that a later edit cannot silently
// widen or narrow it.
import type { SafetyCase } from '../safety-case';

export const cases: SafetyCase[] = [
  // Guillain-Barré: the emergency needs an acute onset (W10, W11).
  {
    name: 'GBS: areflexia and weak legs with an acute onset',
    source: 'rules: guillain-barre (W10)',
    present: ['areflexia-generalised', 'bilateral-leg-weakness', 'onset-acute'], age: 45,
    expect: { alert: 'emergency', rules: ['guillain-barre', 'acute-paraparesis'], cantMiss: ['guillain-barre-syndrome'] },
  },
  {
    name: 'GBS: areflexia and weak legs, chronic (CMT-like): no GBS emergency',
    source: 'rules: guillain-barre (W10)',
    present: ['areflexia-generalised', 'bilateral-leg-weakness', 'onset-chronic'], age: 45,
    expect: { alert: 'urgent', rules: ['progressive-leg-weakness'], notRules: ['guillain-barre', 'acute-paraparesis'] },
  },
  // Trauma: only an injury in this episode (W12).
  {
    name: 'trauma: numb foot with a previous ankle fracture: no trauma alert',
    source: 'rules: trauma-numbness (W12)',
    present: ['old-injury', 'numbness-one-leg'], age: 40,
    expect: { alert: 'none', notRules: ['trauma-numbness'] },
  },
  {
    name: 'trauma: numb leg after an injury in the last 48 hours',
    source: 'rules: trauma-numbness (W12)',
    present: ['recent-trauma', 'numbness-one-leg'], age: 40,
    expect: { alert: 'emergency', rules: ['trauma-numbness'], cantMiss: ['traumatic-spinal-injury'] },
  },
  // Cauda equina: incontinence or bowel change needs back or leg symptoms (W13); bilateral radicular symptoms (D2).
  {
    name: 'CES: new urinary incontinence alone: no CES emergency',
    source: 'rules: cauda-equina (W13)',
    present: ['urinary-incontinence'], age: 70, sex: 'female',
    expect: { alert: 'none', notRules: ['cauda-equina'] },
  },
  {
    name: 'CES: new bowel dysfunction alone: no CES emergency',
    source: 'rules: cauda-equina (W13)',
    present: ['bowel-dysfunction'], age: 70,
    expect: { alert: 'none', notRules: ['cauda-equina'] },
  },
  {
    name: 'CES: new urinary incontinence with back pain',
    source: 'rules: cauda-equina (W13)',
    present: ['urinary-incontinence', 'back-pain'], age: 50,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  // General bladder dysfunction ("sphincter disturbance", kind not recorded) joins the CES rule as
  // incontinence does (GIRFT: new bladder dysfunction with back pain or sciatica); urgency or
  // frequency alone does not imply it, so urgency with back pain stays a non-emergency.
  {
    name: 'CES: new bladder dysfunction (kind not recorded) with back pain',
    source: 'rules: cauda-equina (GIRFT suspected CES pathway)',
    present: ['bladder-dysfunction', 'back-pain'], age: 45,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'CES: sphincter disturbance with sciatica',
    source: 'rules: cauda-equina (GIRFT suspected CES pathway)',
    present: ['bladder-dysfunction', 'radiating-leg-pain'], age: 45,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'CES: numbness of both legs with new bladder dysfunction',
    source: 'rules: cauda-equina (GIRFT: bilateral leg symptoms with bladder dysfunction)',
    present: ['bladder-dysfunction', 'numbness-both-legs'], age: 50,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'CES: new bladder dysfunction alone: no CES emergency',
    source: 'rules: cauda-equina (W13, alert fatigue)',
    present: ['bladder-dysfunction'], age: 70, sex: 'female',
    expect: { alert: 'none', notRules: ['cauda-equina'] },
  },
  {
    name: 'CES: urinary urgency with back pain: no CES emergency',
    source: 'rules: cauda-equina (urgency alone is not a red flag; alert fatigue)',
    present: ['urinary-urgency', 'back-pain'], age: 60, sex: 'male',
    expect: { alert: 'none', notRules: ['cauda-equina'] },
  },
  {
    name: 'CES: urinary urgency with sciatica: no CES emergency',
    source: 'rules: cauda-equina (urgency alone is not a red flag; alert fatigue)',
    present: ['urinary-urgency', 'radiating-leg-pain'], age: 60, sex: 'female',
    expect: { alert: 'none', notRules: ['cauda-equina'] },
  },
  {
    name: 'Acute cord: sensory level with new bladder dysfunction',
    source: 'rules: acute-cord-syndrome (sphincter disturbance below a level)',
    present: ['sensory-level', 'bladder-dysfunction'], age: 55,
    expect: { alert: 'emergency', rules: ['acute-cord-syndrome'] },
  },
  {
    name: 'CES: saddle anaesthesia alone',
    source: 'rules: cauda-equina',
    present: ['saddle-anaesthesia'], age: 50,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'CES: tingling in the saddle area (saddle distribution, entered as the numbness’s site) alone',
    source: 'rules: cauda-equina (saddle anaesthesia or paraesthesia: NICE CKS)',
    present: ['distribution-saddle'], age: 50,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'Acute cord: "below a sensory level" picked as the distribution, with an acute onset',
    source: 'rules: acute-cord-syndrome (the site choice stands for the sensory level)',
    present: ['distribution-below-level', 'onset-acute'], age: 45,
    expect: { alert: 'emergency', rules: ['acute-cord-syndrome'] },
  },
  {
    name: 'Stroke: "one side of the body" picked as the distribution, with a sudden onset',
    source: 'rules: stroke-tia (the site choice stands for hemisensory loss)',
    present: ['distribution-hemibody', 'onset-sudden'], age: 70,
    expect: { alert: 'emergency', rules: ['stroke-tia'] },
  },
  {
    name: 'CES: bilateral sciatica alone',
    source: 'rules: cauda-equina (D2)',
    present: ['bilateral-sciatica'], age: 40,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'CES: sciatica with weakness of both legs',
    source: 'rules: cauda-equina (D2)',
    present: ['radiating-leg-pain', 'bilateral-leg-weakness'], age: 40,
    expect: { alert: 'emergency', rules: ['cauda-equina'], cantMiss: ['cauda-equina-syndrome'] },
  },
  {
    name: 'CES: one-sided sciatica alone: no alert',
    source: 'rules: cauda-equina (D2)',
    present: ['radiating-leg-pain', 'back-pain', 'slr-positive'], age: 40,
    expect: { alert: 'none', notRules: ['cauda-equina'] },
  },
  // Spinal metastasis: pain without a deficit is urgent; any deficit is the emergency, with or without known cancer (D3).
  {
    name: 'MSCC: back pain in known cancer, no deficit: urgent, MRI within a week',
    source: 'rules: suspected-spinal-metastasis (D3)',
    present: ['cancer-history', 'back-pain'], age: 65,
    expect: { alert: 'urgent', rules: ['suspected-spinal-metastasis'], notRules: ['metastatic-cord-compression'], cantMiss: ['spinal-cord-compression-tumour'] },
  },
  {
    name: 'MSCC: known cancer, back pain and weak legs: emergency, and no 1-week alert beside it',
    source: 'rules: metastatic-cord-compression (D3)',
    present: ['cancer-history', 'back-pain', 'bilateral-leg-weakness'], age: 65,
    expect: { alert: 'emergency', rules: ['metastatic-cord-compression'], notRules: ['suspected-spinal-metastasis'], cantMiss: ['spinal-cord-compression-tumour'] },
  },
  {
    name: 'MSCC: night pain and a sensory level, no known cancer',
    source: 'rules: metastatic-cord-compression (D3)',
    present: ['night-back-pain', 'sensory-level'], age: 65,
    expect: { alert: 'emergency', rules: ['metastatic-cord-compression'], notRules: ['suspected-spinal-metastasis'], cantMiss: ['spinal-cord-compression-tumour'] },
  },
  // Acute paraparesis (D4).
  {
    name: 'paraparesis: weakness of both legs over hours, no level or UMN signs',
    source: 'rules: acute-paraparesis (D4)',
    present: ['bilateral-leg-weakness', 'onset-acute'], age: 60,
    expect: { alert: 'emergency', rules: ['acute-paraparesis'], cantMiss: ['spinal-cord-compression-tumour', 'spinal-epidural-abscess', 'guillain-barre-syndrome'] },
  },
  {
    name: 'paraparesis: weakness of both legs over months: urgent only',
    source: 'rules: acute-paraparesis (D4)',
    present: ['bilateral-leg-weakness', 'onset-chronic'], age: 60,
    expect: { alert: 'urgent', rules: ['progressive-leg-weakness'], notRules: ['acute-paraparesis'] },
  },
  // Epidural abscess without fever (D5) and spinal infection without a deficit.
  {
    name: 'SEA: raised markers, spinal tenderness and a weak leg, no fever',
    source: 'rules: spinal-epidural-abscess (D5)',
    present: ['inflammatory-markers-raised', 'spinal-tenderness', 'leg-weakness'], absent: ['fever'], age: 55,
    expect: { alert: 'emergency', rules: ['spinal-epidural-abscess'], cantMiss: ['spinal-epidural-abscess'] },
  },
  {
    name: 'spinal infection: back pain and fever, no deficit: urgent',
    source: 'rules: possible-spinal-infection',
    present: ['fever', 'back-pain'], age: 55,
    expect: { alert: 'urgent', rules: ['possible-spinal-infection'], notRules: ['spinal-epidural-abscess'], cantMiss: ['spinal-epidural-abscess'] },
  },
  // Stroke with a leg-only deficit (W14).
  {
    name: 'stroke: gradual weakness and numbness of one leg: no stroke alert',
    source: 'rules: stroke-tia (W14)',
    present: ['leg-weakness', 'numbness-one-leg', 'onset-chronic'], age: 60,
    expect: { alert: 'none', notRules: ['stroke-tia'] },
  },
  // Vasculitic neuropathy (W15) and acute Charcot foot (W16).
  {
    name: 'vasculitis: mononeuritis multiplex on nerve conduction studies',
    source: 'rules: vasculitic-neuropathy (W15)',
    present: ['ncs-mononeuritis-multiplex'], age: 60,
    expect: { alert: 'urgent', rules: ['vasculitic-neuropathy'], cantMiss: ['vasculitic-neuropathy'] },
  },
  {
    name: 'Charcot: hot swollen foot without diabetes or sensory loss: no Charcot alert',
    source: 'rules: acute-charcot-foot (W16)',
    present: ['hot-swollen-foot'], age: 40,
    expect: { alert: 'none', notRules: ['acute-charcot-foot'] },
  },
  {
    name: 'Charcot: hot swollen foot with loss of protective sensation',
    source: 'rules: acute-charcot-foot (W16)',
    present: ['hot-swollen-foot', 'monofilament-loss'], age: 60,
    expect: { alert: 'urgent', rules: ['acute-charcot-foot'] },
  },
];
