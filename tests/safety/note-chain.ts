// The chain a clinician uses when pasting a note: note text -> extracted findings (with age and
// sex) -> the differential -> alerts and the can't-miss list. Shared by the end-to-end safety test
// and `node --import tsx tests/safety/note-chain.ts`, which prints every note's reading.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { differentialOn, type DifferentialResponse } from '../../lib/catalog/differential';
import { loadCatalog } from '../../lib/catalog/files';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { extractFindings, type Extraction } from '../../lib/language/extract';
import { catalogLanguageIndex } from '../language/evaluate';

/** One note of tests/fixtures/safety-notes.json. */
export interface SafetyNote {
  id: string;
  /** The emergency the note is about, in clinical words, or "urgent: ..." for an urgent rule (groups notes for the coverage check). */
  emergency: string;
  style: string;
  text: string;
  /** Age and sex when the note states them: the reading must find them. */
  age?: number;
  sex?: 'female' | 'male';
  /** Rule ids that must fire (empty for a near-miss note). */
  fire: string[];
  /** Rule ids that must not fire. */
  notFire?: string[];
  /** Highest alert level allowed (alert fatigue): 'none' or 'urgent'. */
  maxLevel?: 'none' | 'urgent';
  /** Cause ids that must be on the can't-miss list. */
  cantMiss?: string[];
  source: string;
  /** A language-mechanism gap that makes this note fail: what is read wrong (the test skips it). */
  known?: string;
}

export const SAFETY_NOTES_FILE = path.join(import.meta.dirname, '..', 'fixtures', 'safety-notes.json');

/** The fixture's notes. */
export function safetyNotes(): SafetyNote[] {
  return JSON.parse(readFileSync(SAFETY_NOTES_FILE, 'utf8')) as SafetyNote[];
}

/** The real catalog's snapshot and language index, built as the app builds them. */
export function noteChainTools() {
  return { snapshot: buildCatalogSnapshot(snapshotDataFromFiles(loadCatalog().data)), language: catalogLanguageIndex() };
}

type Tools = ReturnType<typeof noteChainTools>;

const LEVEL_RANK = { none: 0, urgent: 1, emergency: 2 } as const;

/** Highest level among the fired alerts. */
export function alertLevel(result: DifferentialResponse): keyof typeof LEVEL_RANK {
  if (result.alerts.some((a) => a.level === 'emergency')) return 'emergency';
  return result.alerts.length > 0 ? 'urgent' : 'none';
}

/** The differential the workspace would show after "Paste a note" with every reading accepted. */
export function readNote(tools: Tools, text: string): { reading: Extraction; result: DifferentialResponse } {
  const reading = extractFindings(tools.language, text);
  const present = reading.findings.filter((f) => f.state === 'present').map((f) => f.id);
  const absent = reading.findings.filter((f) => f.state === 'absent').map((f) => f.id);
  const snapshot: CatalogSnapshot = tools.snapshot;
  const result = differentialOn(snapshot, { present, absent, age: reading.age, sex: reading.sex, limit: 10 });
  return { reading, result };
}

/** Every expectation of a note that the chain breaks (empty when the note passes). */
export function checkNote(tools: Tools, note: SafetyNote): { failures: string[]; reading: Extraction; result: DifferentialResponse } {
  const { reading, result } = readNote(tools, note.text);
  const failures: string[] = [];
  const fired = result.alerts.map((a) => a.ruleId);
  const firedText = fired.join(', ') || 'none';
  for (const id of note.fire) if (!fired.includes(id)) failures.push(`rule ${id} did not fire (fired: ${firedText})`);
  for (const id of note.notFire ?? []) if (fired.includes(id)) failures.push(`rule ${id} fired but must not`);
  const level = alertLevel(result);
  if (note.maxLevel && LEVEL_RANK[level] > LEVEL_RANK[note.maxLevel]) {
    failures.push(`alert level ${level}, at most ${note.maxLevel} allowed (fired: ${firedText})`);
  }
  const listed = result.cantMiss.map((c) => c.id);
  for (const id of note.cantMiss ?? []) if (!listed.includes(id)) failures.push(`${id} not on the can't-miss list (${listed.join(', ') || 'empty'})`);
  if (note.age !== undefined && reading.age !== note.age) failures.push(`age read as ${reading.age}, stated ${note.age}`);
  if (note.sex !== undefined && reading.sex !== note.sex) failures.push(`sex read as ${reading.sex}, stated ${note.sex}`);
  return { failures, reading, result };
}

/** What the reading found, one line: "+id" present, "-id" absent. */
export function describeReading(reading: Extraction): string {
  return reading.findings.map((f) => `${f.state === 'present' ? '+' : '-'}${f.id}`).join(' ');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const tools = noteChainTools();
  let passed = 0;
  const notes = safetyNotes();
  for (const note of notes) {
    const { failures, reading, result } = checkNote(tools, note);
    if (failures.length === 0) passed++;
    if (failures.length === 0 && !process.argv.includes('--all')) continue;
    console.log(`${failures.length ? 'FAIL' : 'ok  '} ${note.id}${note.known ? ' [known]' : ''}: ${note.text}`);
    console.log(`     read: ${describeReading(reading)} | age ${reading.age} sex ${reading.sex}`);
    console.log(`     alerts: ${result.alerts.map((a) => `${a.ruleId}(${a.level})`).join(', ') || 'none'}`);
    for (const f of failures) console.log(`     - ${f}`);
  }
  console.log(`${passed}/${notes.length} notes pass`);
}
