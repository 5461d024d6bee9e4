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

type Phrase = [string, string, string];

/** One evaluation set: a phrases*.json and notes*.json pair with the same suffix ("" or "-2"). */
export interface LanguageSet {
  name: string;
  phrases: Phrase[];
  notes: Note[];
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as T;

/** Every phrases*.json and notes*.json in the fixtures folder, paired by suffix and sorted. */
export function languageSets(): LanguageSet[] {
  const sets = new Map<string, LanguageSet>();
  for (const file of readdirSync(FIXTURES).sort()) {
    const m = /^(phrases|notes)(.*)\.json$/.exec(file);
    if (!m) continue;
    const [, kind, suffix = ''] = m;
    const set = sets.get(suffix) ?? { name: `set${suffix || '-1'}`, phrases: [], notes: [] };
    if (kind === 'phrases') set.phrases.push(...readJson<Phrase[]>(file));
    else set.notes.push(...readJson<Note[]>(file));
    sets.set(suffix, set);
  }
  return [...sets.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface LanguageEvaluation extends LanguageReport {
  sets: (LanguageReport & { name: string })[];
}

/** Runs every evaluation set: the total over all of them, and each set on its own. */
export function evaluateLanguage(index = catalogLanguageIndex()): LanguageEvaluation {
  const sets = languageSets();
  const total = evaluateSet(index, sets.flatMap((s) => s.phrases), sets.flatMap((s) => s.notes));
  return { ...total, sets: sets.map((s) => ({ name: s.name, ...evaluateSet(index, s.phrases, s.notes) })) };
}

/** Runs one set of phrases and notes. */
export function evaluateSet(index: ReturnType<typeof catalogLanguageIndex>, phrases: Phrase[], notes: Note[]): LanguageReport {
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

/** The report as the eval script prints it: the total, then each set's figures. */
export function formatReport(r: LanguageEvaluation, verbose = false): string {
  const lines = [`all sets (${r.sets.map((s) => s.name).join(', ')}):`, ...figures(r)];
  for (const s of r.sets) lines.push('', `${s.name}:`, ...figures(s));
  if (verbose) {
    for (const s of r.sets) lines.push('', `==== ${s.name}`, ...details(s));
  }
  return lines.join('\n');
}

function figures(r: LanguageReport): string[] {
  return [
    `phrases: top-1 ${pct(r.phraseTop1)} (${r.phrases - r.phraseMisses.length}/${r.phrases})`,
    `notes: recall ${pct(r.recall)} (${r.truePositives}/${r.expected}), precision ${pct(r.precision)} (${r.truePositives}/${r.extracted}), ${r.notes} notes`,
    `negation errors: ${r.negationErrors.length}`,
    `age/sex: ${pct(r.ageSexAccuracy)} (${r.ageSexCorrect}/${r.ageSexChecks})`,
  ].map((line) => `  ${line}`);
}

function details(r: LanguageReport): string[] {
  return [
    '', 'phrase misses:', ...r.phraseMisses.map((m) => `  "${m.text}" → ${m.got ?? '(nothing)'} (expected ${m.expected})`),
    '', 'negation errors:', ...r.negationErrors.map((e) => `  ${e.note}: ${e.id} ${e.got} (expected ${e.expected})`),
    '', 'missed:', ...r.missed.map((m) => `  ${m.note}: ${m.id} ${m.state}`),
    '', 'spurious:', ...r.spurious.map((s) => `  ${s.note}: ${s.id} ${s.state} ← "${s.text}"`),
    '', 'age/sex errors:', ...r.ageSexErrors.map((e) => `  ${e}`),
  ];
}
