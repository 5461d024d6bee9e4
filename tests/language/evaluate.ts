// The language evaluation, shared by `npm run eval:language` and the test that holds the figures.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CATALOG_DIR } from '../../lib/catalog/files';
import { readLexiconFiles } from '../../lib/catalog/lexicon';
import { extractFindings } from '../../lib/language/extract';
import { buildLanguageIndex, type LanguageFinding } from '../../lib/language/finding-index';
import { compileLexicon } from '../../lib/language/lexicon';
import { rankFindings } from '../../lib/language/search';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'language');

interface Note {
  id: string;
  source: string;
  text: string;
  age?: number;
  sex?: 'female' | 'male';
  findings: Record<string, 'present' | 'absent'>;
}

/** The catalog's findings, read from the data files. */
export function catalogFindings(): LanguageFinding[] {
  const dir = path.join(CATALOG_DIR, 'findings');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as LanguageFinding[]);
}

/** The language index over the real catalog and lexicon. */
export function catalogLanguageIndex() {
  return buildLanguageIndex(catalogFindings(), compileLexicon(readLexiconFiles()));
}

export interface LanguageReport {
  phrases: number;
  phraseTop1: number;
  phraseMisses: { text: string; expected: string; got: string | undefined }[];
  notes: number;
  expected: number;
  extracted: number;
  truePositives: number;
  recall: number;
  precision: number;
  negationErrors: { note: string; id: string; expected: string; got: string }[];
  missed: { note: string; id: string; state: string }[];
  spurious: { note: string; id: string; state: string; text: string }[];
  ageSexChecks: number;
  ageSexCorrect: number;
  ageSexAccuracy: number;
  ageSexErrors: string[];
}

/** Runs the whole evaluation set. */
export function evaluateLanguage(index = catalogLanguageIndex()): LanguageReport {
  const phrases = JSON.parse(readFileSync(path.join(FIXTURES, 'phrases.json'), 'utf8')) as [string, string, string][];
  const notes = JSON.parse(readFileSync(path.join(FIXTURES, 'notes.json'), 'utf8')) as Note[];
  const phraseMisses: LanguageReport['phraseMisses'] = [];
  for (const [text, expected] of phrases) {
    const got = rankFindings(index, text, 1).hits[0]?.finding.id;
    if (got !== expected) phraseMisses.push({ text, expected, got });
  }
  let expected = 0;
  let extracted = 0;
  let truePositives = 0;
  const negationErrors: LanguageReport['negationErrors'] = [];
  const missed: LanguageReport['missed'] = [];
  const spurious: LanguageReport['spurious'] = [];
  let ageSexChecks = 0;
  let ageSexCorrect = 0;
  const ageSexErrors: string[] = [];
  for (const note of notes) {
    const result = extractFindings(index, note.text);
    const got = new Map(result.findings.map((f) => [f.id, f]));
    expected += Object.keys(note.findings).length;
    extracted += result.findings.length;
    for (const [id, state] of Object.entries(note.findings)) {
      const f = got.get(id);
      if (f?.state === state) truePositives++;
      else if (f) negationErrors.push({ note: note.id, id, expected: state, got: f.state });
      else missed.push({ note: note.id, id, state });
    }
    for (const f of result.findings) if (!(f.id in note.findings)) spurious.push({ note: note.id, id: f.id, state: f.state, text: f.text });
    for (const key of ['age', 'sex'] as const) {
      if (note[key] === undefined) continue;
      ageSexChecks++;
      if (result[key] === note[key]) ageSexCorrect++;
      else ageSexErrors.push(`${note.id}: ${key} ${String(result[key])} (expected ${note[key]})`);
    }
  }
  return {
    phrases: phrases.length,
    phraseTop1: (phrases.length - phraseMisses.length) / phrases.length,
    phraseMisses,
    notes: notes.length,
    expected,
    extracted,
    truePositives,
    recall: truePositives / expected,
    precision: extracted > 0 ? truePositives / extracted : 0,
    negationErrors,
    missed,
    spurious,
    ageSexChecks,
    ageSexCorrect,
    ageSexAccuracy: ageSexCorrect / ageSexChecks,
    ageSexErrors,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The report as the eval script prints it. */
export function formatReport(r: LanguageReport, verbose = false): string {
  const lines = [
    `phrases: top-1 ${pct(r.phraseTop1)} (${r.phrases - r.phraseMisses.length}/${r.phrases})`,
    `notes: recall ${pct(r.recall)} (${r.truePositives}/${r.expected}), precision ${pct(r.precision)} (${r.truePositives}/${r.extracted}), ${r.notes} notes`,
    `negation errors: ${r.negationErrors.length}`,
    `age/sex: ${pct(r.ageSexAccuracy)} (${r.ageSexCorrect}/${r.ageSexChecks})`,
  ];
  if (verbose) {
    lines.push('', 'phrase misses:', ...r.phraseMisses.map((m) => `  "${m.text}" → ${m.got ?? '(nothing)'} (expected ${m.expected})`));
    lines.push('', 'negation errors:', ...r.negationErrors.map((e) => `  ${e.note}: ${e.id} ${e.got} (expected ${e.expected})`));
    lines.push('', 'missed:', ...r.missed.map((m) => `  ${m.note}: ${m.id} ${m.state}`));
    lines.push('', 'spurious:', ...r.spurious.map((s) => `  ${s.note}: ${s.id} ${s.state} ← "${s.text}"`));
    lines.push('', 'age/sex errors:', ...r.ageSexErrors.map((e) => `  ${e}`));
  }
  return lines.join('\n');
}
