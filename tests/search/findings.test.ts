import { describe, expect, it } from 'vitest';
import { buildFindingSearchIndex, searchFindings, type MatchTier } from '../../lib/search/findings';

// Labels and synonyms written as the catalog writes them; the ids are the vocabulary's.
const findings = [
  { id: 'ankle-reflex-absent-bilateral', label: 'Absent ankle reflexes (both sides)', synonyms: ['Ankle jerks absent', 'Achilles reflex absent'] },
  { id: 'slr-positive', label: 'Positive straight leg raise (SLR)', synonyms: ['SLR positive', 'Lasègue sign'] },
  { id: 'crossed-slr-positive', label: 'Positive crossed straight leg raise', synonyms: ['Crossed SLR'] },
  { id: 'tingling-paraesthesia', label: 'Tingling / paraesthesia', synonyms: ['Pins and needles', 'Paresthesia'] },
  { id: 'numbness-feet-bilateral', label: 'Numbness of both feet', synonyms: ["Can't feel my feet", 'Both feet numb'] },
  { id: 'hba1c-above-9', label: 'HbA1c > 75 mmol/mol (9 %)', synonyms: ['A1C above 9 %'] },
  { id: 'hba1c-diabetic', label: 'HbA1c ≥ 48 mmol/mol (6.5 %)', synonyms: ['A1c', 'HbA1c'] },
  { id: 'ultrasound-dvt', label: 'Ultrasound: non-compressible deep vein (DVT)', synonyms: ['Clot in the leg vein'] },
  { id: 'saddle-anaesthesia', label: 'Saddle anaesthesia', synonyms: ['Numb buttocks and genitals', 'Perineal numbness'] },
  { id: 'back-pain', label: 'Low back pain', synonyms: ['Lumbago'] },
  { id: 'leg-weakness', label: 'Leg weakness', synonyms: [] },
  { id: 'bilateral-leg-weakness', label: 'Weakness of both legs', synonyms: ['Leg weakness on both sides'] },
  { id: 'known-pad', label: 'Known peripheral artery disease', synonyms: [] },
  { id: 'vibration-loss-toes', label: 'Reduced vibration sense at the toes', synonyms: ['Vibration loss'] },
];
const index = buildFindingSearchIndex(findings);
const first = (q: string) => searchFindings(index, q, 10)[0];

describe('searchFindings: what matches, and how', () => {
  it.each<[string, string, string, MatchTier]>([
    // [why, query, expected first id, tier]
    ['exact label', 'Saddle anaesthesia', 'saddle-anaesthesia', 'label'],
    ['case-insensitive', 'SADDLE ANAESTHESIA', 'saddle-anaesthesia', 'label'],
    ['accent-insensitive synonym', 'lasegue sign', 'slr-positive', 'synonym'],
    ['exact synonym', 'Lumbago', 'back-pain', 'synonym'],
    ['lay phrase', 'pins and needles', 'tingling-paraesthesia', 'synonym'],
    ['apostrophe dropped', 'cant feel my feet', 'numbness-feet-bilateral', 'synonym'],
    ['curly apostrophe', 'can’t feel my feet', 'numbness-feet-bilateral', 'synonym'],
    ['lay phrase with a word left out', "can't feel feet", 'numbness-feet-bilateral', 'prefix'],
    ['"cannot" read as "can\'t"', 'cannot feel my feet', 'numbness-feet-bilateral', 'synonym'],
    ['any word order', 'feet numbness', 'numbness-feet-bilateral', 'prefix'],
    ['word prefixes', 'ank refl', 'ankle-reflex-absent-bilateral', 'prefix'],
    ['stop words ignored', 'pins needles', 'tingling-paraesthesia', 'prefix'],
    ['abbreviation written in a synonym', 'SLR', 'slr-positive', 'prefix'],
    ['abbreviation inside the label', 'DVT', 'ultrasound-dvt', 'prefix'],
    ['abbreviation as a synonym', 'A1C', 'hba1c-diabetic', 'synonym'],
    ['derived acronym of a run of words', 'PAD', 'known-pad', 'acronym'],
    ['punctuation and numbers', 'hba1c > 9', 'hba1c-above-9', 'prefix'],
    ['one substitution (≥ 4 letters)', 'nunbness', 'numbness-feet-bilateral', 'typo'],
    ['one transposition', 'ankel reflex', 'ankle-reflex-absent-bilateral', 'typo'],
    ['typo in a prefix', 'vibartion', 'vibration-loss-toes', 'typo'],
    ['two edits (≥ 8 letters)', 'anestesia', 'saddle-anaesthesia', 'typo'],
  ])('%s: "%s" → %s (%s)', (_, query, id, tier) => {
    expect(first(query)?.finding.id).toBe(id);
    expect(first(query)?.tier).toBe(tier);
  });

  it.each([
    ['no typo allowed below 4 letters', 'lrg'],
    ['two edits are too many below 8 letters', 'nmbnss'],
    ['empty query', ''],
    ['punctuation only', ' -/ '],
    ['a word no finding has', 'zzzz'],
  ])('%s: "%s" finds nothing', (_, query) => {
    expect(searchFindings(index, query, 10)).toEqual([]);
  });
});

describe('searchFindings: order', () => {
  const ids = (q: string, limit = 10) => searchFindings(index, q, limit).map((m) => m.finding.id);

  it('puts an exact label before a synonym that merely contains the words', () => {
    expect(ids('leg weakness').slice(0, 2)).toEqual(['leg-weakness', 'bilateral-leg-weakness']);
  });

  it('prefers a synonym that starts with the query word ("SLR positive" over "Crossed SLR")', () => {
    expect(ids('slr').slice(0, 2)).toEqual(['slr-positive', 'crossed-slr-positive']);
  });

  it('puts whole-word matches before prefix matches before typos', () => {
    expect(ids('a1c')).toEqual(['hba1c-diabetic', 'hba1c-above-9']);
    const tiers = searchFindings(index, 'leg', 10).map((m) => m.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => tierRank(a) - tierRank(b)));
  });

  it('breaks ties by label, so results never depend on catalog order', () => {
    const reversed = buildFindingSearchIndex([...findings].reverse());
    for (const q of ['leg', 'absent', 'numb', 'positive']) {
      expect(searchFindings(reversed, q, 10).map((m) => m.finding.id)).toEqual(ids(q));
    }
  });

  it('returns at most `limit` hits and reports what matched', () => {
    expect(ids('leg', 2)).toHaveLength(2);
    expect(ids('leg', 0)).toEqual([]);
    expect(searchFindings(index, 'lasegue', 1)[0]).toMatchObject({ matched: 'Lasègue sign', tier: 'prefix' });
  });
});

function tierRank(tier: MatchTier): number {
  return ['label', 'synonym', 'prefix', 'acronym', 'typo'].indexOf(tier);
}
