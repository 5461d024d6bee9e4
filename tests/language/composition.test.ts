// Composition and shorthand found missing on the second evaluation set: MRC grades, a shared head
// across a coordination, a negation that stops at an observed item or reaches back from
// "stopped", a sensory level named by its landmark, an onset said without a number. Table-driven.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../lib/language/extract';
import { canonicalise } from '../../lib/language/lexicon';
import { catalogLanguageIndex } from './evaluate';

const index = catalogLanguageIndex();
const states = (text: string) => Object.fromEntries(extractFindings(index, text).findings.map((f) => [f.id, f.state]));
const words = (text: string) => canonicalise(index.lexicon, text).map((c) => c.word);

type Row = [string, string, Record<string, 'present' | 'absent'>];

describe('MRC power grades below 5 are weakness', () => {
  it.each<Row>([
    ['"4/5" after a muscle', 'Power 4/5 L ankle DF.', { 'foot-drop': 'present' }],
    ['"4+/5" and both legs', 'Power 4+/5 in both legs.', { 'bilateral-leg-weakness': 'present' }],
    ['"MRC 3"', 'R leg MRC 3.', { 'leg-weakness': 'present' }],
    ['"MRC grade 2"', 'Both legs MRC grade 2.', { 'bilateral-leg-weakness': 'present' }],
    ['US limb shorthand', 'RLE 3/5.', { 'leg-weakness': 'present' }],
    ['"reduced power"', 'Reduced power both legs.', { 'bilateral-leg-weakness': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it.each([
    ['full power', 'Power 5/5 throughout.'],
    ['a date', 'Seen 4/5/24.'],
    ['a disc level', 'L4/5 disc.'],
    ['a count out of ten', 'Monofilament felt at 4/10 sites.'],
  ])('leaves %s alone: %s', (_, text) => {
    expect(words(text)).not.toContain('weak');
  });
});

describe('a shared head across a coordination', () => {
  it.each<Row>([
    ['bowel or bladder', 'No bowel or bladder incontinence.', { 'bowel-dysfunction': 'absent', 'urinary-incontinence': 'absent' }],
    ['urinary or faecal', 'Denies urinary or faecal incontinence.', { 'urinary-incontinence': 'absent', 'bowel-dysfunction': 'absent' }],
    ['bladder and bowel, present', 'New bladder and bowel incontinence.', { 'urinary-incontinence': 'present', 'bowel-dysfunction': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it('does not read "bladder … incontinence" as retention', () => {
    expect(states('No bowel or bladder incontinence.')).not.toHaveProperty('urinary-retention');
  });
});

describe('negation scope', () => {
  it.each<Row>([
    ['an item with its own status ends a list of negatives', 'No saddle anaesthesia, anal tone preserved.', { 'saddle-anaesthesia': 'absent', 'reduced-anal-tone': 'absent' }],
    ['… and keeps a brisk finding present', 'No back pain, reflexes brisk in the legs.', { 'back-pain': 'absent', 'hyperreflexia-legs': 'present' }],
    ['a list of negatives still runs on', 'No fever, weight loss or night sweats.', { fever: 'absent', 'weight-loss': 'absent', 'night-sweats': 'absent' }],
    ['"stopped" after the medicine', 'AF, warfarin stopped last month for a GI bleed.', { 'atrial-fibrillation': 'present', 'anticoagulant-use': 'absent' }],
    ['"discontinued" after the medicine', 'Apixaban discontinued.', { 'anticoagulant-use': 'absent' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });
});

describe('a sensory level named by its landmark, with numbness of both legs', () => {
  it.each<Row>([
    ['"up to the umbilicus"', 'Numbness up to the umbilicus.', { 'sensory-level': 'present', 'numbness-both-legs': 'present' }],
    ['"from the waist down"', '10 days of numbness from the waist down.', { 'sensory-level': 'present', 'numbness-both-legs': 'present', 'onset-subacute': 'present' }],
    ['"risen to the costal margin"', 'The numbness has risen to the costal margin.', { 'sensory-level': 'present' }],
    ['"from mid-chest down"', 'Numb from mid-chest down.', { 'sensory-level': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it('does not read a pain pointing at the umbilicus as a level', () => {
    expect(states('Abdominal pain below the umbilicus.')).not.toHaveProperty('sensory-level');
  });
});

describe('an acute onset said without a number', () => {
  it.each<Row>([
    ['"since yesterday"', 'Numb left leg since yesterday.', { 'onset-acute': 'present', 'numbness-one-leg': 'present' }],
    ['"since this morning"', 'Unable to pass urine since this morning.', { 'onset-acute': 'present', 'urinary-retention': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });
});

describe('readings within one list item', () => {
  it.each<Row>([
    ['a reading spread over a gap leaves the unbroken one it spans', 'LBP with b/l sciatica.', { 'back-pain': 'present', 'bilateral-sciatica': 'present' }],
    ['a compact reading still reads the whole', 'Back pain radiating down the left leg.', { 'radiating-leg-pain': 'present' }],
    ['a synonym keeps its label\'s status', 'Reflexes brisk b/l with R ankle clonus.', { 'hyperreflexia-legs': 'present', clonus: 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it('does not read brisk reflexes as a reduced ankle reflex, nor a bare "numbness" as asymmetric sensory loss', () => {
    expect(states('Reflexes brisk b/l with R ankle clonus.')).not.toHaveProperty('ankle-reflex-reduced-unilateral');
    expect(states('R foot drop with numbness along the dorsum of the R foot and anterolateral leg.')).not.toHaveProperty('patchy-asymmetric-sensory-loss');
  });
});

describe('coordinated sites share their words', () => {
  it.each<Row>([
    ['fingers and toes', 'Numbness and tingling in fingers and toes.', { 'hand-numbness': 'present', 'numbness-feet-bilateral': 'present' }],
    ['toes and fingertips keeps the plain tingling', 'Tingling in toes and fingertips.', { 'hand-numbness': 'present', 'tingling-paraesthesia': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it('still keeps an uncoordinated site apart ("numb feet and cramps in the legs")', () => {
    expect(states('Numb feet and cramps in the legs.')).not.toHaveProperty('numbness-both-legs');
  });

  it('reads the little toe as a site, not "toe" with filler', () => {
    expect(words('numb little toe')).toContain('fifth');
    expect(states('Numbness and tingling in fingers and toes.')).not.toHaveProperty('s1-sensory-loss');
  });
});

describe('a synonym that names a time scale needs the same one written', () => {
  it.each<Row>([
    ['days for days', 'Progressive weakness over 4 days.', { 'rapidly-ascending-weakness': 'present' }],
    ['ascending, no scale needed', 'Weakness ascending from the feet.', { 'rapidly-ascending-weakness': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it.each([
    ['months', 'Progressive weakness of both legs over 6 months.'],
    ['no time at all', 'Fever, back pain and progressively weaker legs.'],
  ])('does not read rapidly ascending weakness from %s: %s', (_, text) => {
    expect(states(text)).not.toHaveProperty('rapidly-ascending-weakness');
  });
});

describe('a CSF section header names the values after it', () => {
  it.each<Row>([
    ['"LP:" with protein and cells', 'LP: protein 1.8 g/L, WCC 3.', { 'csf-albuminocytologic': 'present', 'csf-pleocytosis': 'absent' }],
    ['a count before its name', 'CSF: protein 1.13 g/L, 65 lymphocytes.', { 'csf-pleocytosis': 'present' }],
    ['dissociation needs normal cells', 'CSF: protein 1.13 g/L, 65 lymphocytes.', { 'csf-albuminocytologic': 'absent' }],
    ['a blood count outside the section stays blood', 'WCC 15.5. CSF: protein 0.3 g/L.', { 'wbc-raised': 'present', 'csf-albuminocytologic': 'absent' }],
    ['a procedure written as history is still one', 'LP 2 days ago, now headache.', { 'recent-spinal-procedure': 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it('does not read the "LP:" header as a recent spinal procedure', () => {
    expect(states('LP: protein 1.8 g/L, WCC 3.')).not.toHaveProperty('recent-spinal-procedure');
  });
});

describe('beliefs, trends and reflex grades', () => {
  it.each<Row>([
    ['a belief ends at "but"', 'Thought it was sciatica but no back pain.', { 'back-pain': 'absent' }],
    ['a value "and falling" is a trend', 'FVC 1.6 L and falling.', { 'fvc-low': 'present' }],
    ['grade 0 after the reflexes', 'DTRs 0 in all four limbs.', { 'areflexia-generalised': 'present' }],
    ['grade 0 after ankle jerks', 'AJs 0 bilaterally.', { 'ankle-reflex-absent-bilateral': 'present' }],
    ['grade 1+ on one side', 'Knee jerk 1+ on the left.', { 'knee-reflex-reduced-unilateral': 'present' }],
    ['grade 4+', 'Reflexes 4+ with clonus.', { 'hyperreflexia-legs': 'present', clonus: 'present' }],
  ])('%s: %s', (_, text, expected) => {
    expect(states(text)).toMatchObject(expected);
  });

  it('leaves a patient\'s belief out, and a fall that is not a trend in', () => {
    expect(states('Thought it was sciatica but no back pain.')).not.toHaveProperty('radiating-leg-pain');
    expect(states('FVC 1.6 L and falling.')).not.toHaveProperty('falls');
    expect(states('Unsteady and falling.')).toMatchObject({ falls: 'present' });
  });
});

describe('spread readings and test results', () => {
  it('gives a spread reading\'s word to the unbroken reading that needs it', () => {
    const read = states('Fever, back pain and progressively weaker legs.');
    expect(read).toMatchObject({ 'back-pain': 'present', 'bilateral-leg-weakness': 'present' });
    expect(read).not.toHaveProperty('radiating-leg-pain');
  });

  it('lets one status word serve both readings of a coordination', () => {
    expect(states('Absent proprioception and vibration at both big toes.')).toMatchObject({ 'proprioception-loss': 'present', 'vibration-loss-toes': 'present' });
  });

  it('never reads a test result with its result word left out', () => {
    expect(states('MRI spine: swollen cord with T2 signal T5-T10.')).not.toHaveProperty('mri-cord-compression');
    expect(states('MRI: spinal cord compression at T6.')).toMatchObject({ 'mri-cord-compression': 'present' });
  });
});
