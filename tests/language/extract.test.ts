// Notes to findings on the real catalog and lexicon: negation and its scope, status words,
// family history, hypotheticals, note layouts and offsets. Table-driven.
import { describe, expect, it } from 'vitest';
import { extractFindings, type Extraction } from '../../lib/language/extract';
import { catalogLanguageIndex } from './evaluate';

const index = catalogLanguageIndex();
const read = (text: string): Extraction => extractFindings(index, text);
const states = (text: string) => Object.fromEntries(read(text).findings.map((f) => [f.id, f.state]));

describe('negation (NegEx-style, with scope)', () => {
  it.each<[string, string, Record<string, 'present' | 'absent'>]>([
    ['"no"', 'No back pain.', { 'back-pain': 'absent' }],
    ['"denies"', 'Denies saddle numbness.', { 'saddle-anaesthesia': 'absent' }],
    ['"without"', 'Numb feet without weakness of both legs.', { 'numbness-feet-bilateral': 'present', 'bilateral-leg-weakness': 'absent' }],
    ['"negative for"', 'Serum electrophoresis negative for a paraprotein.', { paraprotein: 'absent' }],
    ['"not"', 'Not diabetic.', { diabetes: 'absent' }],
    ['a list after one trigger', 'No fever, weight loss or night sweats.', { fever: 'absent', 'weight-loss': 'absent', 'night-sweats': 'absent' }],
    ['scope ends at "but"', 'No back pain but numb feet.', { 'back-pain': 'absent', 'numbness-feet-bilateral': 'present' }],
    ['scope ends at ";"', 'No fever; foot drop on the right.', { fever: 'absent', 'foot-drop': 'present' }],
    ['scope ends at the sentence', 'No fever. Foot drop.', { fever: 'absent', 'foot-drop': 'present' }],
    ['"-ve"', 'Romberg -ve.', { 'romberg-positive': 'absent' }],
    ['"+ve"', 'SLR +ve on the left.', { 'slr-positive': 'present' }],
    ['a post-negation', 'Cord compression excluded on MRI.', { 'mri-cord-compression': 'absent' }],
    ['"stopped" a medicine', 'Stopped apixaban last month.', { 'anticoagulant-use': 'absent' }],
    ['scope ends at a new clause ("presented")', 'AF, not anticoagulated, presented with sudden severe pain and numbness of the right leg.', { 'anticoagulant-use': 'absent', 'sudden-severe-leg-pain': 'present', 'numbness-one-leg': 'present' }],
    ['"not" negates its own list item only', '72F, AF not on OAC, sudden onset R leg pain/numbness 2h.', { 'anticoagulant-use': 'absent', 'sudden-severe-leg-pain': 'present', 'numbness-one-leg': 'present' }],
    ['"not" at the start of a list item too', 'Not diabetic, numb feet.', { diabetes: 'absent', 'numbness-feet-bilateral': 'present' }],
    ['scope ends at a new clause ("developed")', 'Not anticoagulated, developed numbness of the left foot.', { 'anticoagulant-use': 'absent', 'numbness-one-leg': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });
});

describe('status words: the abnormality, or its absence', () => {
  it.each<[string, string, Record<string, 'present' | 'absent'>]>([
    ['"absent" names the abnormality', 'Absent ankle jerks.', { 'ankle-reflex-absent-bilateral': 'present' }],
    ['"absent" before a word qualifies it, not what precedes', 'Weakness of both legs and absent ankle reflexes.', { 'bilateral-leg-weakness': 'present', 'ankle-reflex-absent-bilateral': 'present' }],
    ['"absent" at the end still denies what precedes', 'Clonus absent.', { clonus: 'absent' }],
    ['"ascended" reads as ascending', 'Numbness of the feet which ascended over days.', { 'ascending-numbness': 'present' }],
    ['"no" names the abnormality too', 'No ankle jerks.', { 'ankle-reflex-absent-bilateral': 'present' }],
    ['a side steers to the one-sided finding', 'Left ankle jerk absent.', { 'ankle-reflex-reduced-unilateral': 'present' }],
    ['"normal reflexes" rules out both abnormal ones', 'Reflexes normal.', { 'areflexia-generalised': 'absent', 'hyperreflexia-legs': 'absent' }],
    ['a list after "normal"', 'Normal tone, power and reflexes.', { 'spasticity-legs': 'absent', 'areflexia-generalised': 'absent' }],
    ['"pulses present"', 'Pedal pulses present.', { 'absent-foot-pulses': 'absent' }],
    ['"no palpable pulses"', 'No palpable foot pulses.', { 'absent-foot-pulses': 'present' }],
    ['"brisk"', 'Brisk knee reflexes.', { 'hyperreflexia-legs': 'present' }],
    ['"upgoing"', 'Plantars upgoing bilaterally.', { 'extensor-plantar': 'present' }],
    ['"downgoing"', 'Plantars downgoing.', { 'extensor-plantar': 'absent' }],
    ['"↓"', '↓ vibration at the toes.', { 'vibration-loss-toes': 'present' }],
    ['"bilat"', 'Numbness bilat feet.', { 'numbness-feet-bilateral': 'present' }],
    ['"L" for left', 'L foot drop.', { 'foot-drop': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it('does not read "numb foot" (one) as numbness of both feet, but as numbness of one leg (the foot is part of the leg)', () => {
    expect(states('Numb left foot.')).not.toHaveProperty('numbness-feet-bilateral');
    expect(states('Numb left foot.')).toMatchObject({ 'numbness-one-leg': 'present' });
  });

  it('reads "between the legs" as the saddle, and numbness between the toes not as saddle anaesthesia', () => {
    expect(states('Numbness between her legs.')).toMatchObject({ 'saddle-anaesthesia': 'present' });
    expect(states('Sharp pain and numbness between the third and fourth toes.')).not.toHaveProperty('saddle-anaesthesia');
  });

  it('reads "fell asleep" as dozing, not a fall, and the dorsum of the foot as fibular or L5 (not L5 alone)', () => {
    expect(states('Fell asleep drunk in a chair.')).toEqual({ 'prolonged-compression-episode': 'present' });
    expect(states('My leg fell asleep.')).toEqual({ 'positional-numbness': 'present' });
    expect(states('Numbness over the dorsum of the foot.')).toEqual({ 'shin-dorsum-foot-numbness': 'present' });
  });

  it('reads "relieved by rest" as claudication, not rest pain', () => {
    expect(states('Calf pain on walking, relieved by rest.')).toEqual({ 'vascular-claudication': 'present' });
    expect(states('Rest pain in the toes at night.')).toMatchObject({ 'rest-pain-foot': 'present' });
  });

  it('reads OAC and PPs, and an outer-thigh patch as lateral only', () => {
    expect(states('AF, not on OAC.')).toEqual({ 'atrial-fibrillation': 'present', 'anticoagulant-use': 'absent' });
    expect(states('PPs present.')).toEqual({ 'absent-foot-pulses': 'absent' });
    expect(states('Numb patch on the outer thigh.')).toEqual({ 'lateral-thigh-numbness': 'present' });
  });

  it('keeps a site after "and" with the phrase it heads ("back pain and leg weakness" is not radiating leg pain)', () => {
    expect(states('Back pain and leg weakness.')).toEqual({ 'back-pain': 'present', 'leg-weakness': 'present' });
    expect(states('Known prostate cancer, new back pain and legs going weak.')).toMatchObject({ 'back-pain': 'present', 'bilateral-leg-weakness': 'present' });
    expect(states('Back pain and legs numb.')).not.toHaveProperty('radiating-leg-pain');
    // A site that ends the coordination is shared.
    expect(states('Back and leg pain.')).toEqual({ 'radiating-leg-pain': 'present' });
    expect(states('Numbness and tingling of both hands and feet since.')).toMatchObject({ 'numbness-feet-bilateral': 'present' });
  });

  it('does not read a symptom as another with its head word left out, an age as a duration, or painful feet as sciatica', () => {
    expect(states('70 y/o F, sudden L leg weakness.')).toEqual({ 'onset-sudden': 'present', 'leg-weakness': 'present' });
    expect(states('Sudden severe pain in the left leg.')).toMatchObject({ 'sudden-severe-leg-pain': 'present' });
    expect(states('They burn at night so I cannot sleep, my feet.')).not.toHaveProperty('sudden-severe-leg-pain');
    expect(states('HIV positive on ART with painful feet.')).not.toHaveProperty('bilateral-sciatica');
  });

  it('shares a site across "and" when one modifier stands before the next site ("the groin and inner thigh")', () => {
    expect(states('Numbness in the groin and inner thigh after a difficult labour.')).toEqual({ 'medial-thigh-numbness': 'present', 'pregnancy-postpartum': 'present' });
  });

  it("reads Bell's palsy as lower motor neurone facial weakness, losing weight as weight loss, a gastric sleeve as bariatric surgery", () => {
    expect(states("Bell's palsy.")).toEqual({ 'facial-weakness-sign': 'present' });
    expect(states('Losing 20 kg.')).toEqual({ 'weight-loss': 'present' });
    expect(states('Had a gastric sleeve.')).toEqual({ 'bariatric-surgery': 'present' });
  });

  it('reads bare "retention" and "incontinence" as the urinary ones, but not fluid retention', () => {
    expect(states('Denies urinary retention or incontinence.')).toEqual({ 'urinary-retention': 'absent', 'urinary-incontinence': 'absent' });
    expect(states('Fluid retention.')).not.toHaveProperty('urinary-retention');
  });

  it('reads the acute limb ischaemia shorthand: cool, pulseless, onset hours ago, off anticoagulation', () => {
    expect(states('RLE cool, pale, pulseless, paresthesias, onset 3h ago, hx afib off anticoagulation.')).toMatchObject({
      'cold-pale-limb': 'present',
      'absent-foot-pulses': 'present',
      'onset-acute': 'present',
      'atrial-fibrillation': 'present',
      'anticoagulant-use': 'absent',
    });
    expect(states('Off balance.')).toEqual({ 'unsteady-gait': 'present' });
  });

  it('reads "x3d" as a duration and a long car trip as travel', () => {
    expect(states('c/o LLE pain and swelling x3d, recent long car trip.')).toMatchObject({ 'onset-acute': 'present', 'immobility-surgery-travel': 'present' });
  });

  it('reads a known MS diagnosis (not a relative\'s, not a question), a long lie and a tense thigh', () => {
    expect(states('45 yo F with MS, now new numbness from the waist down.')).toMatchObject({ 'known-multiple-sclerosis': 'present' });
    expect(states('Mother has MS.')).toEqual({});
    expect(states('?MS')).toEqual({});
    expect(states('Lay on the floor overnight, now a tense swollen thigh.')).toMatchObject({ 'recent-leg-fracture-crush': 'present', 'tense-compartment': 'present' });
  });

  it('reads "none" or "nil" after a heading as denying it ("Cauda equina symptoms: none" raised the alert)', () => {
    expect(states('Cauda equina symptoms: none.')).toEqual({ 'saddle-anaesthesia': 'absent' });
    expect(states('Saddle anaesthesia: nil.')).toEqual({ 'saddle-anaesthesia': 'absent' });
  });

  it('reads a sensory level from its thoracic level or landmark, a longitudinally extensive cord lesion, and keeps "followed by" phrases apart', () => {
    expect(states('Numbness below T6.')).toMatchObject({ 'sensory-level': 'present' });
    expect(states('Numbness ascending to the waist.')).toMatchObject({ 'sensory-level': 'present', 'numbness-both-legs': 'present' });
    expect(states('Pain below the umbilicus.')).not.toHaveProperty('sensory-level');
    expect(states('MRI showed a longitudinally extensive cord lesion.')).toEqual({ 'mri-cord-signal-change': 'present' });
    expect(states('Sudden severe back pain followed by paraplegia.')).not.toHaveProperty('radiating-leg-pain');
  });

  it('reads a list of sites joined by commas and a closing "and" as one ("the face, hands and feet"), not a comma alone', () => {
    expect(states('Numbness of the face, hands and feet.')).toMatchObject({ 'hand-numbness': 'present', 'numbness-feet-bilateral': 'present' });
    expect(states('Numb feet, legs weak.')).toEqual({ 'numbness-feet-bilateral': 'present', 'bilateral-leg-weakness': 'present' });
  });

  it('reads aorto-iliac claudication and weak femoral pulses', () => {
    expect(states('Cramping pain in both buttocks and thighs on walking 200 m. Femoral pulses are weak bilaterally.')).toMatchObject({
      'buttock-thigh-claudication': 'present',
      'absent-femoral-pulses': 'present',
    });
  });

  it('reads a relative with the same problem as a family history of neuropathy', () => {
    expect(states('His brother has the same problem.')).toEqual({ 'family-history-neuropathy': 'present' });
    expect(states('Family history of diabetes.')).toEqual({});
  });

  it('reads a fibula fracture as a leg fracture (not a spinal one) and pulses below the femoral as the foot pulses', () => {
    expect(states('Fibula fracture, cast applied.')).toMatchObject({ 'recent-leg-fracture-crush': 'present' });
    expect(states('Fibula fracture.')).not.toHaveProperty('spine-fracture-imaging');
    expect(states('No pulses below the femoral.')).toEqual({ 'absent-foot-pulses': 'present' });
  });

  it('reads an epidural as a spinal procedure, an epidural haematoma as the imaging finding, and keeps "both legs, back pain" apart', () => {
    expect(states('3 days after an epidural for labour.')).toEqual({ 'recent-spinal-procedure': 'present', 'pregnancy-postpartum': 'present' });
    expect(states('MRI: epidural haematoma T10-T12.')).toEqual({ 'mri-epidural-haematoma': 'present' });
    expect(states('Weakness of both legs, back pain at the injection site.')).toEqual({ 'bilateral-leg-weakness': 'present', 'back-pain': 'present' });
  });

  it('keeps a reading that names a site beside one that only implies it ("pain in the front of the thigh")', () => {
    expect(states('Sudden severe pain in the front of the thigh.')).toMatchObject({ 'severe-thigh-pain': 'present' });
  });

  it('queries only the item after "?" or "query", reads a normal lumbar MRI, a vertebral collapse and anorexia nervosa', () => {
    expect(states('45M, ?cauda equina, MRI lumbar spine normal.')).toEqual({ 'mri-cauda-equina-compression': 'absent', 'mri-disc-root-compression': 'absent' });
    expect(states('Query MS, numb feet.')).toEqual({ 'numbness-feet-bilateral': 'present' });
    expect(states('?CES')).toEqual({});
    expect(states('Known osteoporotic vertebral collapse at L1.')).toEqual({ 'spine-fracture-imaging': 'present' });
    expect(states('Anorexia nervosa.')).toEqual({ 'restricted-diet': 'present' });
  });

  it('dates the complaint, not an examination finding beside the duration', () => {
    expect(states('Progressive numbness and weakness of the legs over 6 months, absent reflexes, CSF protein raised.')).toMatchObject({ 'onset-chronic': 'present' });
  });

  it('reads a diarrhoeal illness as a recent infection, not chronic diarrhoea', () => {
    expect(states('She had a diarrhoeal illness 2 weeks earlier.')).toEqual({ 'recent-infection': 'present' });
  });

  it('never lets an implied leg carry a finding alone ("toes and brisk" is not heavy legs)', () => {
    expect(states('Upgoing toes and brisk reflexes.')).not.toHaveProperty('bilateral-leg-weakness');
  });
});

describe('weaker readings need words of their own', () => {
  it.each<[string, string, Record<string, 'present' | 'absent'>, string]>([
    ['an entry point needs its qualifier ("power" is not "Normal power")', 'Power 5/5 throughout.', {}, 'motor-none'],
    ['an entry point read from all its words', 'Normal power.', { 'motor-none': 'present' }, 'leg-weakness'],
    ['"progressive … loss" is not "Non-progressive"', 'Progressive distal sensory loss.', { 'progressive-worsening': 'present', 'stocking-sensory-loss': 'present' }, 'course-static'],
    ['plural legs are not "Both legs, asymmetric"', 'Flaccid legs.', {}, 'side-bilateral-asymmetric'],
    ['a sensory level is not also the cord-pattern entry point', 'No sensory level.', { 'sensory-level': 'absent' }, 'distribution-below-level'],
    ['a part never denies its whole', 'Ankle reflexes normal.', { 'ankle-reflex-absent-bilateral': 'absent' }, 'hyperreflexia-legs'],
    ['an implied leg adds nothing to words already read', 'Feet hurt when the sheets touch them.', { allodynia: 'present' }, 'bilateral-sciatica'],
    ['the level of a stocking loss is not a numb leg', 'Stocking sensory loss to the mid shin.', { 'stocking-sensory-loss': 'present' }, 'numbness-one-leg'],
    ['a term with a word left out adds nothing to words already read', 'Brisk knee reflexes with extensor plantars.', { 'hyperreflexia-legs': 'present', 'extensor-plantar': 'present' }, 'quadriceps-weakness'],
    ['an implied whole adds no weight', 'Mottled foot.', { 'mottled-skin': 'present' }, 'skin-colour-asymmetry'],
  ])('%s: %s', (_, text, expected, notRead) => {
    expect(states(text)).toMatchObject(expected);
    expect(states(text)).not.toHaveProperty(notRead);
  });

  it('still reads a whole-limb finding from its part when nothing else reads the words', () => {
    expect(states('Weak knee extensors.')).toMatchObject({ 'quadriceps-weakness': 'present' });
    expect(states('Numb left foot.')).toMatchObject({ 'numbness-one-leg': 'present' });
  });
});

describe("what is not the patient's", () => {
  it.each([
    ['a relative', 'Her aunt has MS and her brother has diabetes.', 'diabetes'],
    ['a safety-net instruction', 'Advised to return if saddle numbness or difficulty passing urine.', 'saddle-anaesthesia'],
    ['a question', '?cauda equina compression', 'mri-cauda-equina-compression'],
  ])('leaves out %s', (_, text, id) => {
    expect(states(text)).not.toHaveProperty(id);
  });

  it('keeps a family history finding that is about the family', () => {
    expect(states('Father had CMT.')).toMatchObject({ 'family-history-neuropathy': 'present' });
  });
});

describe('note layouts', () => {
  it('reads an O/E header, a PMH list and bullets', () => {
    const text = '58 yo man\nPMH: T2DM, HTN, AF\n- numb feet\n- no back pain\nO/E: absent AJs, SLR neg';
    expect(states(text)).toMatchObject({
      diabetes: 'present',
      hypertension: 'present',
      'atrial-fibrillation': 'present',
      'numbness-feet-bilateral': 'present',
      'back-pain': 'absent',
      'ankle-reflex-absent-bilateral': 'present',
      'slr-positive': 'absent',
    });
    expect(read(text)).toMatchObject({ age: 58, sex: 'male' });
  });

  it('reads values and durations', () => {
    expect(states('6/12 hx of numb feet. HbA1c 81 mmol/mol, B12 420 ng/L.')).toMatchObject({
      'onset-chronic': 'present',
      'hba1c-above-9': 'present',
      'b12-low': 'absent',
    });
  });

  it('points every finding at the words it came from', () => {
    const text = 'Denies bladder symptoms. Absent ankle jerks; CRP 180.';
    for (const f of read(text).findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(read(text).findings.map((f) => f.text)).toEqual(expect.arrayContaining(['bladder symptoms', 'Absent ankle jerks', 'CRP 180']));
  });

  it('lists stretches it could not read', () => {
    const text = 'Numb feet. Enjoys gardening and crosswords.';
    const { unmatched } = read(text);
    expect(unmatched.map((u) => u.text)).toEqual(['Enjoys gardening and crosswords']);
    for (const u of unmatched) expect(text.slice(u.start, u.end)).toBe(u.text);
  });

  it('gives nothing for an empty note', () => {
    expect(read('')).toEqual({ findings: [], unmatched: [] });
  });
});

// Readings found wrong in the session-20 review: each row is one of a family of phrasings, and the
// state a clinician reads (a missing id means the note must not read that finding at all).
describe('known wrong readings (session 20)', () => {
  const cases: [string, string, Record<string, 'present' | 'absent'>, string[]][] = [
    // A heading whose whole value denies it: the heading's finding absent, or nothing read.
    ['heading: nil', 'Bowels: nil. Bladder: nil.', {}, ['bowel-dysfunction', 'bladder-dysfunction']],
    ['heading - no (a spaced dash)', 'Retention - no. Fever - yes.', { 'urinary-retention': 'absent', fever: 'present' }, []],
    ['afebrile', 'Afebrile, HR 80.', { fever: 'absent' }, []],
    ['US (-) before or after', '(-) saddle anesthesia. Babinski (-).', { 'saddle-anaesthesia': 'absent', 'extensor-plantar': 'absent' }, []],
    ['US (+)', '(-) weakness, (+) numbness L foot.', { 'numbness-one-leg': 'present' }, []],
    ['increased tone is not heavy legs', 'Legs: tone increased.', { 'spasticity-legs': 'present' }, ['bilateral-leg-weakness']],
    ['heavy legs are weak', 'My legs feel heavy.', { 'bilateral-leg-weakness': 'present' }, []],
    ['"no longer able to" is unable to', 'No longer able to pass urine. Can no longer feel his feet.', { 'urinary-retention': 'present', 'numbness-feet-bilateral': 'present' }, []],
    ['no power is weakness; no power loss is none', 'No power in the legs. No loss of power in the arms.', { 'bilateral-leg-weakness': 'present' }, []],
    ['no power loss', 'No power loss, no sensory level.', { 'leg-weakness': 'absent', 'sensory-level': 'absent' }, []],
    ['not weight bearing', 'Unable to weight bear.', { 'difficulty-walking': 'present' }, []],
    // A finding that says its own "not" is out of an earlier negation's reach (these had read absent).
    ['no …, can\'t pass urine', 'No fever, can\'t pass urine.', { fever: 'absent', 'urinary-retention': 'present' }, []],
    ['no … and not passed urine', 'No fever and not passed urine since last night.', { fever: 'absent', 'urinary-retention': 'present' }, []],
    ['no … and unable to walk', 'No back pain and unable to walk.', { 'back-pain': 'absent', 'difficulty-walking': 'present' }, []],
    ['denies … and can\'t feel the toilet paper', 'Denies trauma and can\'t feel the toilet paper.', { 'saddle-anaesthesia': 'present' }, []],
    ['no … and cannot lift his foot', 'No fever and cannot lift his foot.', { fever: 'absent', 'foot-drop': 'present' }, []],
    // A long list of negatives (a review of systems) is negative to its end (its last items had read present).
    // Safety-netting and teaching: what the patient was told to look for is not what they have.
    ['a leaflet and the return advice', 'CES leaflet given, advised to attend ED if saddle numbness or retention develops.', {}, ['saddle-anaesthesia', 'urinary-retention']],
    ['symptoms discussed', 'Discussed CES symptoms: saddle numbness, bladder or bowel change.', {}, ['saddle-anaesthesia', 'bladder-dysfunction', 'bowel-dysfunction']],
    ['signs explained', "Explained signs of cauda equina (numb bottom, can't pass urine) and to call 999.", {}, ['saddle-anaesthesia', 'urinary-retention']],
    ['come back with', 'Pt understands to come back with any weakness, numbness or incontinence.', {}, ['urinary-incontinence']],
    ['a case discussed still has its findings', 'Discussed with reg: saddle numbness and retention, for MRI.', { 'saddle-anaesthesia': 'present', 'urinary-retention': 'present' }, []],
    ['CES symptoms, and a bare CES', 'No CES symptoms. Hx of CES surgery 2015.', { 'saddle-anaesthesia': 'absent' }, []],
    ['a negation names a loss only when it covers it', 'Reflexes were symmetrical and plantars flexor.', { 'extensor-plantar': 'absent' }, ['mixed-umn-lmn-legs']],
    ['"absent" states its own list item', 'No extensor plantars, ankle jerks absent. No fever, absent ankle jerks.', { 'extensor-plantar': 'absent', 'ankle-reflex-absent-bilateral': 'present', fever: 'absent' }, []],
    ['letter wording: could not elicit, equivocal, heel-toe', 'I could not elicit ankle jerks. Babinski equivocal on the left. Unable to heel-toe walk.', { 'ankle-reflex-absent-bilateral': 'present' }, ['extensor-plantar', 'distal-symmetric-weakness']],
    ['a long ROS list', 'Denies fever, chills, night sweats, weight loss, back pain, bowel or bladder incontinence, saddle anesthesia, or leg weakness.', { fever: 'absent', 'bowel-dysfunction': 'absent', 'urinary-incontinence': 'absent', 'saddle-anaesthesia': 'absent', 'leg-weakness': 'absent' }, []],
    ['a long history list', 'No history of cancer, IV drug use, recent infection, spinal surgery, trauma, anticoagulant use or immunosuppression.', { 'recent-trauma': 'absent', 'anticoagulant-use': 'absent', immunosuppression: 'absent' }, []],
    ['the list still ends at a new clause', 'No fever, chills or rigors, reports numb feet.', { fever: 'absent', 'numbness-feet-bilateral': 'present' }, []],
    ['heading: NAD', 'Sphincters: NAD.', {}, ['bladder-dysfunction', 'bowel-dysfunction']],
    ['headings: normal', 'Bowels and bladder: normal.', { 'bowel-dysfunction': 'absent', 'bladder-dysfunction': 'absent' }, []],
    ['a bare heading: fine', 'Bladder and bowels fine.', { 'bladder-dysfunction': 'absent', 'bowel-dysfunction': 'absent' }, []],
    ['denies bowel/bladder …', 'Denies bowel/bladder changes.', { 'bowel-dysfunction': 'absent', 'bladder-dysfunction': 'absent' }, []],
    ['"no bowel control" still names the loss', 'No bowel control since this morning.', { 'bowel-dysfunction': 'present' }, []],
    ['heading: normal keeps a normal state', 'Power: normal.', { 'motor-none': 'present' }, []],
    ['heading: absent of an abnormality', 'Saddle anaesthesia: absent.', { 'saddle-anaesthesia': 'absent' }, []],
    ['heading: absent of a function names its loss', 'Ankle jerks: absent.', { 'ankle-reflex-absent-bilateral': 'present' }, []],
    // Pain on walking is exertional leg pain (claudication), not bilateral sciatica.
    ['pain in the legs on walking', 'Back pain, pain in the legs on walking.', { 'back-pain': 'present', 'vascular-claudication': 'present' }, ['bilateral-sciatica']],
    ['legs ache on walking', 'Legs ache on walking.', { 'vascular-claudication': 'present' }, ['bilateral-sciatica']],
    ['relief by sitting', 'Leg pain on walking, relieved by sitting.', { 'neurogenic-claudication': 'present' }, ['bilateral-sciatica']],
    ['pain in both legs is not radicular', 'Sudden onset pain and numbness in both legs 2 hours ago.', { 'numbness-both-legs': 'present' }, ['bilateral-sciatica']],
    ['pain down both legs is', 'Back pain radiating down both legs.', { 'bilateral-sciatica': 'present' }, []],
    // A status word that ends a coordination, or follows a finding that says its own loss, denies it.
    ['clonus and Babinski absent', 'Clonus and Babinski absent.', { clonus: 'absent', 'extensor-plantar': 'absent' }, []],
    ['clonus or upgoing plantars: present', 'Clonus and Babinski present.', { clonus: 'present', 'extensor-plantar': 'present' }, []],
    ['"absent" before another word is that word\'s', 'Leg weakness and ankle jerks absent.', { 'leg-weakness': 'present', 'ankle-reflex-absent-bilateral': 'present' }, []],
    ['saddle anaesthesia absent bilaterally', 'Saddle anaesthesia absent bilaterally.', { 'saddle-anaesthesia': 'absent' }, []],
    ['perianal numbness absent', 'Perianal numbness absent.', { 'perianal-sensory-loss': 'absent' }, []],
    // A recent event dated long ago is not read (a remote injury is an old injury).
    ['pregnancy 10 years ago', 'Pregnancy 10 years ago.', {}, ['pregnancy-postpartum']],
    ['caesarean section 10 years ago', 'Caesarean section 10 years ago, no complications.', {}, ['pregnancy-postpartum']],
    ['spinal surgery in 2009', 'Spinal surgery in 2009.', {}, ['recent-spinal-procedure']],
    ['surgery 5 years ago', 'Surgery 5 years ago.', {}, ['immobility-surgery-travel', 'post-operative-onset']],
    ['fracture as a child', 'Fractured tibia as a child.', { 'old-injury': 'present' }, ['recent-leg-fracture-crush']],
    ['a past complaint is history', 'PMH: sciatica 2015. Previous cord compression.', {}, ['radiating-leg-pain', 'mri-cord-compression']],
    ['a past complaint beside a current one', 'Sciatica 10 years ago, now saddle numbness.', { 'saddle-anaesthesia': 'present' }, ['radiating-leg-pain']],
    ['"since" a year is a duration, not a date', 'Numb feet since 2019.', { 'numbness-feet-bilateral': 'present' }, []],
    // Only a date or past word beside a reading makes it history, not one elsewhere in its clause.
    ['"previously well" leaves the presentation current', 'Previously fit and well presents with sudden leg weakness and urinary retention.', { 'leg-weakness': 'present', 'urinary-retention': 'present', 'onset-sudden': 'present' }, []],
    ['a dated history item leaves the presentation current', 'Hx MI 2015 now presents with sudden onset bilateral leg weakness.', { 'onset-sudden': 'present', 'bilateral-leg-weakness': 'present' }, []],
    ['a past item before a colon leaves what follows current', '51M with previous CABG: sudden-onset paraplegia with cold legs.', { 'onset-sudden': 'present', 'bilateral-leg-weakness': 'present', 'cold-pale-limb': 'present' }, []],
    ['a foot cool to touch is a cold limb, not cold feet', 'R foot mottled and cool to touch.', { 'cold-pale-limb': 'present' }, ['cold-feet']],
    ['a year-old is an age, not a past', 'A 54-year-old man with numb feet.', { 'numbness-feet-bilateral': 'present' }, []],
    ['a recent date still reads', 'C-section 2 weeks ago. Spinal surgery 3 weeks ago.', { 'pregnancy-postpartum': 'present', 'recent-spinal-procedure': 'present' }, []],
    // A site without its head word does not make the head's finding.
    ['sudden leg numbness', 'Sudden leg numbness.', { 'numbness-one-leg': 'present' }, ['sudden-severe-leg-pain']],
    // 'non-' that is part of a word's meaning is not a negation; a cold is an infection, not a cold limb.
    ['a non-healing ulcer is an ulcer', 'Non-healing ulcer on the left big toe for 6 weeks.', { 'foot-ulcer': 'present' }, []],
    ['non-weight bearing is difficulty walking, not weight loss', 'Non-weight bearing since the fall.', { 'difficulty-walking': 'present' }, ['weight-loss']],
    ['after a cold is a recent infection', 'Achy legs for a week after a cold.', { 'recent-infection': 'present' }, ['cold-pale-limb']],
    ['a cold leg is still a cold limb', 'Presents with a cold pale leg.', { 'cold-pale-limb': 'present' }, ['recent-infection']],
    ['a scan with no acute process says nothing of the onset', 'Numb weak left leg for 1 hour. CT head: no acute process.', { 'onset-acute': 'present' }, []],
    ['a low sodium is hyponatraemia', 'Bloods: Na 124, CRP 5.', { hyponatraemia: 'present', 'inflammatory-markers-raised': 'absent' }, []],
    ['a normal sodium denies it', 'Sodium 140 mmol/L.', { hyponatraemia: 'absent' }, []],
    ['a written duration decides the onset over a synonym with a time word', 'Leg numbness started 6 weeks ago.', { 'onset-subacute': 'present', 'numbness-one-leg': 'present' }, ['onset-acute']],
    ['a drug started weeks ago does not make the complaint acute', '3 wks of burning pain in both feet, started metronidazole 6 wks ago.', { 'onset-subacute': 'present', 'burning-pain-feet': 'present' }, ['onset-acute']],
    ["hasn't passed urine is retention, and its 'not' denies nothing else", "Hasn't passed urine since last night.", { 'urinary-retention': 'present' }, []],
    ['LE is the lower extremity', 'New bilateral LE weakness since this AM.', { 'bilateral-leg-weakness': 'present' }, []],
    // A fracture away from the spine is not a vertebral fracture on imaging (which alone raises the trauma alert).
    ['a wrist fracture is no vertebral fracture', 'Wrist fracture.', {}, ['spine-fracture-imaging']],
    ['a femur fracture is a leg fracture', 'Fractured neck of femur.', { 'recent-leg-fracture-crush': 'present' }, ['spine-fracture-imaging']],
    ['a vertebral fracture still is', 'Compression fracture of L1.', { 'spine-fracture-imaging': 'present' }, []],
    ['a letter thanking for seeing the patient is no visual history', 'Thank you for seeing this 52-year-old man with a 6-month history of numb feet.', { 'numbness-feet-bilateral': 'present' }, ['optic-neuritis-history']],
    ['stress incontinence is no new (neurogenic) incontinence', 'Stress incontinence when coughing for 10 years, unchanged.', {}, ['urinary-incontinence', 'bladder-dysfunction']],
    ['new incontinence still is', 'New urinary incontinence and saddle numbness.', { 'urinary-incontinence': 'present', 'saddle-anaesthesia': 'present' }, []],
    // A 'sudden' another reading took into its words still dates the complaint; a denied one does not.
    ['a sudden inside another reading is the onset', 'Sudden severe neck and upper back pain in the shower.', { 'sudden-severe-back-pain': 'present', 'onset-sudden': 'present' }, []],
    ['a sudden inside a denied reading is not', 'No sudden loss of vision.', { 'visual-disturbance': 'absent' }, ['onset-sudden']],
    ['pedal pulses 2+', 'Pedal pulses 2+.', {}, ['absent-foot-pulses']],
    ['femoral pulses 1+', 'Femoral pulses 1+ b/l.', {}, ['absent-femoral-pulses']],
    ['a head of the same group still stands in', 'Radiating down the leg, worse on coughing.', { 'pain-worse-cough-sneeze': 'present' }, []],
    ['sensation to light touch is not pain from light touch', 'Sensation intact to light touch. Light touch reduced over the L foot.', {}, ['allodynia']],
    ['pain from touch still is', 'Feet hurt when the sheets touch them.', { allodynia: 'present' }, []],
    // Weakness reaching both arms is not arm weakness on one side; "PU" and an unsited "no weakness".
    ['weakness ascended to the arms', 'Weakness ascended to the arms today.', { 'rapidly-ascending-weakness': 'present' }, ['arm-weakness-same-side']],
    ['one arm is still one side', 'Left arm weakness.', { 'arm-weakness-same-side': 'present' }, []],
    ['not PU', 'Not PU since am.', { 'urinary-retention': 'present' }, []],
    ['nursing: unable to PU, nil PU, a residual drained', 'Unable to PU. Nil PU since 6am. Catheterised: residual 900 mL.', { 'urinary-retention': 'present', 'post-void-residual-high': 'present' }, []],
    ['a falls risk score is not a fall', 'Falls risk: high.', {}, ['falls']],
    ['no weakness', 'No weakness. Denies weakness, no numbness.', { 'leg-weakness': 'absent' }, ['bilateral-leg-weakness']],
    ['safety-netted (hyphen)', 'Safety-netted re weakness or bladder sx.', {}, ['bladder-dysfunction', 'leg-weakness']],
    // Inventions found by running the third set's notes through the engine.
    ['"plantar flexion" is the movement, not the flexor plantar (whose "no" negated the list)', 'RLE: plantar flexion 4/5, decreased sensation posterior leg.', { 'plantarflexion-weakness': 'present', 'numbness-one-leg': 'present' }, ['extensor-plantar']],
    ['flexor plantars still deny Babinski', 'Plantars flexor.', { 'extensor-plantar': 'absent' }, []],
    ['"PE:" heads the examination', 'PE: 5/5 throughout. Hx PE on warfarin.', { 'previous-vte': 'present' }, []],
    ['"PE:" alone is no embolism', 'PE: TTP over lower T-spine.', { 'spinal-tenderness': 'present' }, ['previous-vte']],
    ['"RA" after a saturation is room air', 'SpO2 97% RA.', {}, ['known-systemic-autoimmune']],
    ['temperature beside pain is a sensation', 'Absent touch, pain and temperature below T10.', {}, ['fever']],
    ['"chronic smoker" says nothing of the onset', 'Sudden back pain. Chronic smoker.', { smoking: 'present' }, ['onset-chronic']],
    ['a diagnosis named subacute', 'Impression: subacute combined degeneration.', {}, ['onset-subacute']],
    ['what the patient fears', 'ICE: worried it is MS.', {}, ['known-multiple-sclerosis']],
    ['"ascending" before another symptom is that symptom\'s', 'Leg weakness and ascending paraesthesiae.', { 'leg-weakness': 'present', 'ascending-numbness': 'present' }, ['rapidly-ascending-weakness']],
    ['an absence the vibration\'s, not a numb big toe', 'Vibration absent at both great toes.', { 'vibration-loss-toes': 'present' }, ['l5-sensory-loss']],
    ['a value in parentheses does not split its item', 'Pain (8/10) in the L calf.', { 'calf-pain': 'present' }, []],
    ['a unit in parentheses restating its word', 'Vibration (128 Hz) absent at both great toes.', { 'vibration-loss-toes': 'present' }, ['l5-sensory-loss']],
    ['a broad-based disc is not an unsteady spine', 'L4/5 broad-based disc bulge.', {}, ['spine-fracture-imaging', 'unsteady-gait']],
    ['a broad-based gait is unsteady', 'O/E: broad-based, high-stepping gait.', { 'unsteady-gait': 'present' }, []],
    // Shapes of neurology letters and US notes.
    ['a list read with its heading', 'Reflexes: biceps 2+, knees 3+, ankles absent.', { 'hyperreflexia-legs': 'present', 'ankle-reflex-absent-bilateral': 'present' }, ['areflexia-generalised']],
    ['the heading ends with its sentence', 'Reflexes: normal. Ankles swollen.', {}, ['ankle-reflex-absent-bilateral']],
    ['DP/PT are the foot pulses', 'DP/PT not palpable on L, inaudible on Doppler.', { 'absent-foot-pulses': 'present' }, []],
    ['vib, and PP after reduced', 'Vib reduced at toes. Reduced PP perianally.', { 'vibration-loss-toes': 'present', 'perianal-sensory-loss': 'present' }, []],
    ['a distance in blocks is walking', 'Cramping in both calves after ~2 blocks.', { 'vascular-claudication': 'present' }, ['post-operative-onset', 'muscle-cramps']],
    ['a conduction block is no walk', 'NCS: conduction block across the fibular head.', {}, ['vascular-claudication']],
  ];
  it.each(cases)('%s: %s', (_, text, expected, notRead) => {
    const got = states(text);
    expect(got).toMatchObject(expected);
    for (const id of notRead) expect(got).not.toHaveProperty(id);
  });
});
