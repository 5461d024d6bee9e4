// The rule edits of the safety-notes work (tests/fixtures/safety-notes.json, session 20): for each
// changed rule the presentation just inside and just outside it, so a later edit cannot silently
// widen or narrow it. Each source names the guideline that sets the line.
import type { SafetyCase } from '../safety-case';

const EFNS = 'EFNS 2010 (galvin-efns-wernicke-2010): in alcoholics two of dietary deficiency, eye signs, cerebellar dysfunction, altered mental state or memory';
const SEA = 'darouiche-spinal-epidural-abscess-2006: the triad is back pain, fever and a neurological deficit (weakness, sensory change or sphincter loss)';
const ESVS = 'bjorck-esvs-acute-limb-ischaemia-2020: acute limb ischaemia is a sudden (< 2 weeks) loss of perfusion; chronic aorto-iliac disease (Leriche) is not';
const PSOAS = 'iliopsoas haematoma on anticoagulants: groin or thigh pain in an anticoagulated patient prompts urgent imaging (Consultant360 case review)';
const AIP = 'BMJ Best Practice, acute intermittent porphyria: abdominal pain attacks with mental symptoms, seizures, weakness or hyponatraemia';

export const cases: SafetyCase[] = [
  // Wernicke: two of the four EFNS signs, with alcohol or bariatric surgery as the setting, or one sign with a dietary deficiency.
  {
    name: 'Wernicke: heavy drinker, confused, with nystagmus or ataxia',
    source: EFNS, present: ['alcohol-excess', 'acute-confusion', 'cerebellar-signs'], age: 52, sex: 'male',
    expect: { alert: 'emergency', rules: ['wernicke-encephalopathy'], cantMiss: ['thiamine-deficiency'] },
  },
  {
    name: 'Wernicke: ophthalmoplegia and an unsteady gait after bariatric surgery',
    source: EFNS, present: ['bariatric-surgery', 'ophthalmoplegia', 'unsteady-gait'], age: 63, sex: 'female',
    expect: { alert: 'emergency', rules: ['wernicke-encephalopathy'], cantMiss: ['thiamine-deficiency'] },
  },
  {
    name: 'Wernicke: ophthalmoplegia with prolonged vomiting (dietary deficiency plus one sign)',
    source: EFNS, present: ['prolonged-vomiting', 'ophthalmoplegia'], age: 24, sex: 'female',
    expect: { alert: 'emergency', rules: ['wernicke-encephalopathy'], cantMiss: ['thiamine-deficiency'] },
  },
  {
    name: 'Wernicke: low thiamine with cerebellar signs',
    source: EFNS, present: ['thiamine-low', 'cerebellar-signs'], age: 31, sex: 'female',
    expect: { alert: 'emergency', rules: ['wernicke-encephalopathy'], cantMiss: ['thiamine-deficiency'] },
  },
  {
    name: 'Wernicke: heavy drinker with cerebellar signs only (one sign): no Wernicke alert',
    source: EFNS, present: ['alcohol-excess', 'cerebellar-signs'], age: 55, sex: 'male',
    expect: { alert: 'none', notRules: ['wernicke-encephalopathy'] },
  },
  {
    name: 'Wernicke: heavy drinker who is confused only (one sign): no Wernicke alert',
    source: EFNS, present: ['alcohol-excess', 'acute-confusion'], age: 55, sex: 'male',
    expect: { alert: 'none', notRules: ['wernicke-encephalopathy'] },
  },
  {
    name: 'Wernicke: ophthalmoplegia without a thiamine risk: no Wernicke alert',
    source: EFNS, present: ['ophthalmoplegia'], age: 60, sex: 'male',
    expect: { alert: 'none', notRules: ['wernicke-encephalopathy'] },
  },
  // Epidural abscess: a sensory deficit in one leg completes the triad.
  {
    name: 'epidural abscess: fever, low back pain and numbness of one leg',
    source: SEA, present: ['fever', 'back-pain', 'numbness-one-leg'], age: 33, sex: 'female',
    expect: { alert: 'emergency', rules: ['spinal-epidural-abscess'], cantMiss: ['spinal-epidural-abscess'] },
  },
  {
    name: 'epidural abscess: back pain and numbness of one leg without fever (sciatica): no abscess alert',
    source: SEA, present: ['back-pain', 'radiating-leg-pain', 'numbness-one-leg'], age: 40, sex: 'male',
    expect: { alert: 'none', notRules: ['spinal-epidural-abscess', 'possible-spinal-infection'] },
  },
  // Aorto-iliac occlusion: absent femoral pulses are an emergency when the onset is sudden or the legs are affected.
  {
    name: 'aorto-iliac: absent femoral pulses of sudden onset',
    source: ESVS, present: ['absent-femoral-pulses', 'onset-sudden'], age: 68, sex: 'male',
    expect: { alert: 'emergency', rules: ['aorto-iliac-occlusion'], cantMiss: ['aorto-iliac-occlusion'] },
  },
  {
    name: 'aorto-iliac: absent femoral pulses with numb legs, onset not recorded',
    source: ESVS, present: ['absent-femoral-pulses', 'numbness-both-legs'], age: 75, sex: 'female',
    expect: { alert: 'emergency', rules: ['aorto-iliac-occlusion'], cantMiss: ['aorto-iliac-occlusion'] },
  },
  {
    name: 'aorto-iliac: a year of buttock claudication with absent femoral pulses (Leriche): no emergency, still listed',
    source: ESVS, present: ['absent-femoral-pulses', 'buttock-thigh-claudication', 'onset-chronic'], age: 62, sex: 'male',
    expect: { alert: 'none', notRules: ['aorto-iliac-occlusion'], cantMiss: ['aorto-iliac-occlusion'] },
  },
  // Psoas haematoma: groin pain with leg paraesthesia on anticoagulants.
  {
    name: 'psoas haematoma: on warfarin, groin pain and paraesthesia down the thigh',
    source: PSOAS, present: ['anticoagulant-use', 'groin-flank-pain', 'tingling-paraesthesia'], age: 58, sex: 'male',
    expect: { alert: 'emergency', rules: ['retroperitoneal-haematoma'], cantMiss: ['femoral-neuropathy'] },
  },
  {
    name: 'psoas haematoma: on warfarin with tingling feet and no groin pain: no haematoma alert',
    source: PSOAS, present: ['anticoagulant-use', 'tingling-paraesthesia'], age: 70, sex: 'male',
    expect: { alert: 'none', notRules: ['retroperitoneal-haematoma'] },
  },
  // Porphyria: new confusion during an abdominal pain attack.
  {
    name: 'porphyria: attacks of abdominal pain with new confusion',
    source: AIP, present: ['abdominal-pain-attacks', 'acute-confusion'], age: 33, sex: 'male',
    expect: { alert: 'emergency', rules: ['acute-porphyria-attack'], cantMiss: ['acute-intermittent-porphyria'] },
  },
  {
    name: 'porphyria: new confusion without abdominal pain: no porphyria alert',
    source: AIP, present: ['acute-confusion'], age: 33, sex: 'male',
    expect: { alert: 'none', notRules: ['acute-porphyria-attack'] },
  },
];
