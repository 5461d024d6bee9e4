// Results with a number ("HbA1c 10.4 %", "B12 140 ng/L", "eGFR 9") mapped to findings through
// the analyte definitions of the lexicon (names, LOINC codes, units, thresholds). Pure and
// universal: the note extractor, the search and the EHR import (FHIR Observations) share it.
import type { Analyte } from '../schemas/lexicon';
import analyteFile from '../../prisma/catalog/lexicon/analytes.json';
import { tokenize, type Token } from './tokens';

/** The analytes of prisma/catalog/lexicon/analytes.json (validated by the lexicon tests). */
export const DEFAULT_ANALYTES: readonly Analyte[] = (analyteFile as { analytes: Analyte[] }).analytes;

/** A finding a measured value implies, present or absent. */
export interface MeasuredFinding {
  findingId: string;
  state: 'present' | 'absent';
  analyteId: string;
  /** The value in the analyte's threshold unit. */
  value: number;
  unit: string;
  /** Read as absent instead when this finding is read present from the same text (dissociation needs normal cells). */
  unless?: string;
}

/** One measurement: the analyte by id, name or LOINC code, the value and (optionally) its unit. */
export interface MeasurementInput {
  analyte?: string;
  loinc?: string;
  value: number;
  unit?: string;
  /** "<" or ">" as written before the number ("CRP <5"). */
  comparator?: '<' | '>' | '<=' | '>=';
}

/** A unit written any common way, folded to one spelling ("µmol/L", "umol/l", "micromol/L" → "umol/l"). */
export function normaliseUnit(unit: string): string {
  return unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[µμ]/g, 'u')
    .replace(/micro(?=[a-z])/g, 'u')
    .replace(/mcg/g, 'ug')
    .replace(/miu|mu\b/g, 'mu')
    .replace(/^[x×*]/, '')
    .replace(/10\^?9|10⁹/g, '10^9')
    .replace(/hr$/, 'h')
    .replace(/²/g, '2')
    .replace(/°/g, '');
}

const byKey = new WeakMap<readonly Analyte[], Map<string, Analyte>>();
function lookup(analytes: readonly Analyte[]): Map<string, Analyte> {
  let map = byKey.get(analytes);
  if (!map) {
    map = new Map();
    for (const a of analytes) {
      map.set(a.id, a);
      for (const code of a.loinc) map.set(code, a);
      for (const name of a.names) map.set(name.toLowerCase(), a);
    }
    byKey.set(analytes, map);
  }
  return map;
}

function inRange(value: number, range: { gt?: number; gte?: number; lt?: number; lte?: number } | undefined): boolean {
  if (!range) return false;
  return (
    (range.gt === undefined || value > range.gt) &&
    (range.gte === undefined || value >= range.gte) &&
    (range.lt === undefined || value < range.lt) &&
    (range.lte === undefined || value <= range.lte)
  );
}

/** The value in the analyte's threshold unit, or null when the unit is not one the analyte knows. */
export function toAnalyteUnit(analyte: Analyte, value: number, unit: string | undefined): number | null {
  const chosen = unit ?? analyte.unitless.find((u) => u.below === undefined || value < u.below)?.unit ?? analyte.unit;
  const norm = normaliseUnit(chosen);
  if (norm === normaliseUnit(analyte.unit)) return value;
  const conversion = analyte.conversions.find((c) => normaliseUnit(c.unit) === norm);
  return conversion ? value * conversion.factor + (conversion.offset ?? 0) : null;
}

/** The findings a measurement implies: the most specific abnormal one present, and those a value rules out absent. */
export function findingsFromMeasurement(input: MeasurementInput, analytes: readonly Analyte[] = DEFAULT_ANALYTES): MeasuredFinding[] {
  const map = lookup(analytes);
  const analyte = (input.loinc && map.get(input.loinc)) || (input.analyte && map.get(input.analyte.toLowerCase())) || undefined;
  if (!analyte || !Number.isFinite(input.value)) return [];
  const raw = toAnalyteUnit(analyte, input.value, input.unit);
  if (raw === null) return [];
  // "<5" lies just below 5: nudge by a hair so a bound at the written number goes the right way.
  const nudge = Math.max(Math.abs(raw) * 1e-6, 1e-9);
  const value = input.comparator?.startsWith('<') ? raw - nudge : input.comparator?.startsWith('>') ? raw + nudge : raw;
  const out: MeasuredFinding[] = [];
  let present = false;
  for (const rule of analyte.rules) {
    if (!present && inRange(value, rule.present)) {
      out.push({ findingId: rule.finding, state: 'present', analyteId: analyte.id, value: raw, unit: analyte.unit, ...(rule.unless ? { unless: rule.unless } : {}) });
      present = true;
    } else if (inRange(value, rule.absent)) {
      out.push({ findingId: rule.finding, state: 'absent', analyteId: analyte.id, value: raw, unit: analyte.unit });
    }
  }
  return out;
}

/** A measurement written in text, with its offsets. */
export interface TextMeasurement {
  start: number;
  end: number;
  findings: MeasuredFinding[];
}

interface NamePattern {
  words: string[];
  analyte: Analyte;
}
const patternCache = new WeakMap<readonly Analyte[], NamePattern[]>();
function namePatterns(analytes: readonly Analyte[]): NamePattern[] {
  let patterns = patternCache.get(analytes);
  if (!patterns) {
    patterns = analytes.flatMap((analyte) => analyte.names.map((name) => ({ words: tokenize(name).map((t) => t.text), analyte })));
    patterns.sort((a, b) => b.words.length - a.words.length);
    patternCache.set(analytes, patterns);
  }
  return patterns;
}

// Words that may stand between an analyte's name and its value ("B12 was 140", "CRP: 180").
const BRIDGE = new Set([':', '=', '-', 'was', 'is', 'of', 'level', 'levels', 'result', 'at', 'now', 'only', 'serum', 'plasma', 'value', 'measured', 'came', 'back', 'today', 'on']);
const UNIT_AFTER = /^\s?((?:[x×*]\s?10\^?[0-9⁹]+\s?\/\s?l)|%|[a-zµμ°][a-zµμ°0-9.²]*(?:\s?\/\s?[a-z0-9.²]+)*)/i;

/** A unit after a value that `analyte` lists as one it cannot convert ("pints", "pints/night"). */
function isOtherUnit(analyte: Analyte, written: string): boolean {
  return (analyte.otherUnits ?? []).includes(written.toLowerCase().split('/')[0]!.trim());
}

// A section header ("CSF:", "LP:") names the sample of the values after it in its sentence: "LP: protein 1.8 g/L, WCC 3".
const SECTION_HEADERS: readonly (readonly string[])[] = [['csf'], ['lp'], ['lumbar', 'puncture'], ['cerebrospinal', 'fluid']];
const SECTION_NAME = 'csf';
const SENTENCE_END = new Set(['.', ';', '\n', '!', '?']);

/** The length of a section header ending in ":" at i, or 0. */
function headerAt(tokens: readonly Token[], i: number): number {
  for (const h of SECTION_HEADERS) if (h.every((w, k) => tokens[i + k]?.text === w) && tokens[i + h.length]?.text === ':') return h.length + 1;
  return 0;
}

/** The analyte name at i: as written, or inside a section its sample's name ("protein" under "CSF:" is CSF protein). */
function nameAt(patterns: readonly NamePattern[], tokens: readonly Token[], i: number, inSection: boolean): { pattern: NamePattern; length: number } | undefined {
  if (inSection) {
    const scoped = patterns.find((p) => p.words[0] === SECTION_NAME && p.words.length > 1 && p.words.slice(1).every((w, k) => tokens[i + k]?.text === w));
    if (scoped) return { pattern: scoped, length: scoped.words.length - 1 };
  }
  const plain = patterns.find((p) => p.words.every((w, k) => tokens[i + k]?.text === w));
  return plain && { pattern: plain, length: plain.words.length };
}

/** Every measurement written in `text` and the findings it implies. */
export function measurementsInText(text: string, analytes: readonly Analyte[] = DEFAULT_ANALYTES, tokens: readonly Token[] = tokenize(text)): TextMeasurement[] {
  const out: TextMeasurement[] = [];
  const patterns = namePatterns(analytes);
  let inSection = false;
  for (let i = 0; i < tokens.length; i++) {
    if (SENTENCE_END.has(tokens[i]!.text)) inSection = false;
    const header = headerAt(tokens, i);
    if (header > 0) {
      inSection = true;
      i += header - 1;
      continue;
    }
    // Inside a section a count may come first: "65 lymphocytes".
    if (inSection && tokens[i]!.kind === 'number') {
      const after = nameAt(patterns, tokens, i + 1, true);
      if (after && after.pattern.words[0] === SECTION_NAME) {
        const findings = findingsFromMeasurement({ analyte: after.pattern.analyte.id, value: Number(tokens[i]!.text) }, analytes);
        if (findings.length > 0) out.push({ start: tokens[i]!.start, end: tokens[i + after.length]!.end, findings });
        i += after.length;
        continue;
      }
    }
    const name = nameAt(patterns, tokens, i, inSection);
    if (!name) continue;
    const { pattern } = name;
    let j = i + name.length;
    let comparator: MeasurementInput['comparator'];
    for (let hops = 0; j < tokens.length && hops < 3 && BRIDGE.has(tokens[j]!.text) && tokens[j]!.kind !== 'number'; hops++) j++;
    if (tokens[j]?.text === '<' || tokens[j]?.text === '>' || tokens[j]?.text === '≤' || tokens[j]?.text === '≥') {
      const c = tokens[j]!.text;
      comparator = c === '≤' ? '<=' : c === '≥' ? '>=' : (c as '<' | '>');
      j++;
    }
    const number = tokens[j];
    if (!number || number.kind !== 'number') continue;
    const value = Number(number.text);
    const unitMatch = UNIT_AFTER.exec(text.slice(number.end, number.end + 24).replace(/\.(?=\s|$)/, " "));
    let unit: string | undefined;
    let end = number.end;
    if (unitMatch && toAnalyteUnit(pattern.analyte, value, unitMatch[1]) !== null) {
      unit = unitMatch[1];
      end = number.end + unitMatch[0].length;
    } else if (unitMatch && isOtherUnit(pattern.analyte, unitMatch[1]!)) {
      // "6 pints of beer": a unit the analyte cannot convert, so the value is not its own.
      i = j;
      continue;
    }
    const findings = findingsFromMeasurement({ analyte: pattern.analyte.id, value, unit, comparator }, analytes);
    if (findings.length > 0) out.push({ start: tokens[i]!.start, end, findings });
    i = j;
  }
  // A finding that holds only when another does not ("unless") turns absent when that other is read present.
  const present = new Set(out.flatMap((m) => m.findings.filter((f) => f.state === 'present').map((f) => f.findingId)));
  for (const m of out) for (const f of m.findings) if (f.unless && f.state === 'present' && present.has(f.unless)) f.state = 'absent';
  return out;
}
