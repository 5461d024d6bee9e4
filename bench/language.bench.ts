// The clinical-language path on the real catalog and lexicon, without a database: a typeahead
// query, a typical note, and a note at the 20,000-character limit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bench, describe } from 'vitest';
import { extractFindings } from '../lib/language/extract';
import { rankFindings } from '../lib/language/search';
import { catalogLanguageIndex } from '../tests/language/evaluate';

const index = catalogLanguageIndex();
const notes = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'language', 'notes.json'), 'utf8')) as { text: string }[];
const note = notes[0]!.text;
const long = notes.map((n) => n.text).join('\n').repeat(4).slice(0, 20_000);

describe('clinical language', () => {
  bench('rankFindings("reduced perianal sensation")', () => {
    rankFindings(index, 'reduced perianal sensation', 12);
  });
  bench('rankFindings with a typo ("urinary retenton")', () => {
    rankFindings(index, 'urinary retenton', 12);
  });
  bench('extractFindings: a typical note', () => {
    extractFindings(index, note);
  });
  bench('extractFindings: 20,000 characters', () => {
    extractFindings(index, long);
  });
});
