// A clinical note to findings, each present or absent, with character offsets: the workspace's
// "Paste a note" runs this in the browser, POST /api/findings/extract on the server. Pure and
// universal. A finding's label or synonym matches when its content words occur close together
// in one list item; status words ("absent", "brisk", "normal", "present") and NegEx scopes
// decide the state; hypotheticals and relatives' findings are left out.
import { ageSexOf, type AgeSex } from './demographics';
import type { LanguageFinding, LanguageIndex } from './finding-index';
import { canonicalise, phraseAt, type Canon } from './lexicon';
import { measurementsInText } from './measurements';
import { durationsIn, onsetFindingFor, timePointsIn } from './onset';
import { scopesOf, type Scopes } from './scopes';
import { ITEM_BREAKS, SENTENCE_BREAKS } from './tokens';
import { matchItem, type ItemMatch } from './match-item';
import { commaInSiteList } from './reading-shape';

/** A finding read from the text. */
export interface ExtractedFinding {
  id: string;
  label: string;
  state: 'present' | 'absent';
  /** The words it was read from, and their [start, end) offsets in the text. */
  text: string;
  start: number;
  end: number;
}

/** Everything read from a note. */
export interface Extraction extends AgeSex {
  findings: ExtractedFinding[];
  /** Stretches with clinical words that matched no finding. */
  unmatched: { text: string; start: number; end: number }[];
}

export { MAX_NOTE_LENGTH } from './note-limit';

/**
 * Where a parenthesis that holds only a value or a unit ("(8/10)", "(128 Hz)", read as the vibration it
 * restates) closes, or -1: it does not break its item.
 */
function asideEnd(seq: readonly Canon[], i: number): number {
  if (seq[i]?.word !== '(') return -1;
  for (let j = i + 1; j < seq.length && j <= i + 5; j++) {
    const c = seq[j]!;
    if (c.word === ')') return j > i + 1 ? j : -1;
    if (c.kind === 'word' && !c.ignored && c.word !== seq[i - 1]?.word) return -1;
    if (c.kind === 'symbol' && SENTENCE_BREAKS.has(c.word)) return -1;
  }
  return -1;
}

/** List items: runs of token positions between sentence and item breaks and clause terminators ("but"). */
function itemsOf(seq: readonly Canon[], terminators: readonly string[][], isHead: (word: string) => boolean): number[][] {
  const items: number[][] = [];
  let current: number[] = [];
  let skipTo = -1;
  seq.forEach((c, i) => {
    if (i <= skipTo) return;
    const aside = asideEnd(seq, i);
    if (aside > 0) {
      skipTo = aside;
      return;
    }
    if ((c.kind === 'symbol' && (SENTENCE_BREAKS.has(c.word) || (ITEM_BREAKS.has(c.word) && !commaInSiteList(seq, i, isHead)))) || phraseAt(seq, i, terminators) > 0) {
      if (current.length > 0) items.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length > 0) items.push(current);
  return items;
}

/** Content words a heading may have to be read with the list after it. */
const HEADING_WORDS = 3;

/** The positions of a list heading ("Reflexes", "MRI L-spine"), or none when it is long or names no word. */
function headingOf(seq: readonly Canon[], before: readonly number[]): number[] {
  const words = before.filter((i) => seq[i]!.kind === 'word' && !seq[i]!.ignored);
  return words.length > 0 && words.length <= HEADING_WORDS && !words.some((i) => seq[i]!.finding) ? words : [];
}

type Found = { id: string; state: 'present' | 'absent'; start: number; end: number; order: number };

/** The sudden-onset finding, and the canonical word the lexicon turns "suddenly", "abrupt", "out of the blue" into. */
const SUDDEN_ONSET = 'onset-sudden';
const SUDDEN_WORD = 'sudden';

/** The stretch of `text` around [from, to) up to the nearest `breaks` character on either side. */
function enclosing(text: string, from: number, to: number, breaks: string): readonly [number, number] {
  const before = text.slice(0, from).search(new RegExp(`[${breaks}][^${breaks}]*$`));
  const after = text.slice(to).search(new RegExp(`[${breaks}]`));
  return [before < 0 ? 0 : before, after < 0 ? text.length : to + after];
}

/**
 * The onset, unless the note names it: an onset synonym with a time word ("Started this week") that took
 * in a written duration ("started 6 weeks ago") is decided by the number; a "sudden" another reading took
 * into its own words ("suddenly lost the vision", "sudden severe back pain") still dates the complaint
 * (without it a stroke note could not raise its alert); otherwise the first duration that describes a
 * symptom.
 */
function addOnset<F extends LanguageFinding>(index: LanguageIndex<F>, seq: readonly Canon[], text: string, found: Found[]): void {
  const rules = index.lexicon.onset;
  if (!rules) return;
  const onsetIds = new Set(rules.rules.map((r) => r.finding));
  const durations = durationsIn(text, rules);
  for (const [i, f] of found.entries()) {
    if (!onsetIds.has(f.id) || f.state !== 'present') continue;
    const inside = durations.find((d) => d.start < f.end && d.end > f.start);
    if (inside) found[i] = { ...f, id: onsetFindingFor(inside.days, rules) };
  }
  if (found.some((f) => onsetIds.has(f.id) || f.id === SUDDEN_ONSET)) return;
  if (index.findingById.has(SUDDEN_ONSET)) {
    const sudden = seq.find((c) => c.word === SUDDEN_WORD && found.some((f) => f.state === 'present' && c.start >= f.start && c.end <= f.end));
    if (sudden) {
      found.push({ id: SUDDEN_ONSET, state: 'present', start: sudden.start, end: sudden.end, order: sudden.start });
      return;
    }
  }
  const kindOf = (f: Found) => index.findingById.get(f.id)?.kind;
  for (const d of durations) {
    const [from, to] = enclosing(text, d.start, d.start, '.!?;\\n');
    // Nearest by the gap between the two spans ("LLE pain and swelling x3d, recent long car trip": the swelling).
    const gap = (f: Found) => (f.end <= d.start ? d.start - f.end : f.start >= d.end ? f.start - d.end : 0);
    // Among the complaints and the history only: an examination or test finding beside it ("over 6 months, absent
    // reflexes") is not what a duration describes.
    const dated = (f: Found) => {
      const kind = kindOf(f);
      return kind !== undefined && (rules.kinds.includes(kind) || kind === 'history');
    };
    const near = found.filter((f) => f.start >= from && f.end <= to && f.state === 'present' && dated(f)).sort((a, b) => gap(a) - gap(b))[0];
    if (!near) continue;
    // A duration of a history item ("omeprazole 8 yrs", "T2DM for 12 years") says nothing of the complaint: read on.
    if (!rules.kinds.includes(kindOf(near)!)) continue;
    const id = onsetFindingFor(d.days, rules);
    if (index.findingById.has(id)) found.push({ id, state: 'present', start: d.start, end: d.end, order: d.start });
    return;
  }
}

/**
 * Drops a finding whose meaning is recent (the lexicon's onset.recent) when its clause dates it beyond its
 * window: "pregnancy 10 years ago", "back surgery in 2009", "fractured tibia as a child"; and a complaint,
 * sign or scan (onset.current) dated over a year ago or called previous. A history finding that may be
 * remote ("breast cancer 2009") is kept.
 */
function dropRemote<F extends LanguageFinding>(index: LanguageIndex<F>, text: string, found: Found[], thisYear: number): Found[] {
  const rules = index.lexicon.onset;
  const windows = new Map((rules?.recent ?? []).map((r) => [r.finding, r] as const));
  if (!rules) return found;
  const current = rules.current;
  const points = timePointsIn(text, rules, thisYear);
  const past = current && current.pastWords.length > 0 ? new RegExp(`\\b(?:${current.pastWords.join('|')})\\b`, 'i') : undefined;
  return found.flatMap((f) => {
    if (f.state !== 'present') return [f];
    // The clause: between list or sentence breaks; a parenthesis stays with its words ("C-section (2009)").
    const [from, to] = enclosing(text, f.start, f.end, '.;,\\n');
    const dated = (days: number) => points.some((p) => p.start >= from && p.end <= to && p.daysAgo > days);
    const rule = windows.get(f.id);
    if (rule !== undefined) {
      if (!dated(rule.maxDays)) return [f];
      return rule.remoteAs && index.findingById.has(rule.remoteAs) ? [{ ...f, id: rule.remoteAs }] : [];
    }
    // A complaint, sign or scan of the past is history ("PMH: sciatica 2015", "previous cord compression").
    // Only a date or past word beside the reading counts, not one elsewhere in its clause: "Previously
    // fit and well presents with sudden leg weakness" and "Hx MI 2015 now presents with …" are current.
    const kind = index.findingById.get(f.id)?.kind;
    if (!current || kind === undefined || !current.kinds.includes(kind)) return [f];
    const [nearFrom, nearTo] = besideReading(text, from, to, f, PAST_REACH_WORDS);
    const datedBeside = points.some((p) => p.start >= nearFrom && p.end <= nearTo && p.daysAgo > current.maxDays);
    return datedBeside || past?.test(text.slice(nearFrom, nearTo)) ? [] : [f];
  });
}

/** Words either side of a reading within which a date or a past word ("previous", "resolved") makes it history. */
const PAST_REACH_WORDS = 3;

/** Words that start the present after a date or a past word: "MI 2015, now presents with …". */
const NOW_WORDS = /^(?:now|presents?|presented|presenting|currently|today|new|since)$/i;

/**
 * The stretch of the clause [from, to) from `words` words before a reading to `words` after it, not
 * crossing a colon, nor a word that starts the present (NOW_WORDS) before the reading.
 */
function besideReading(text: string, from: number, to: number, f: Found, words: number): readonly [number, number] {
  const lead = text.slice(from, f.start).match(new RegExp(`(?:[^\\s:]+\\s+){0,${words}}$`))?.[0] ?? '';
  const leadWords = lead.split(/(?<=\s)(?=\S)/);
  const nowAt = leadWords.findLastIndex((w) => NOW_WORDS.test(w.trim().replace(/\W+$/, '')));
  const before = nowAt < 0 ? lead : leadWords.slice(nowAt + 1).join('');
  const after = text.slice(f.end, to).match(new RegExp(`^(?:\\s*[^\\s:]+){0,${words}}`))?.[0] ?? '';
  return [f.start - before.length, f.end + after.length];
}

/** The findings, age, sex and unmatched stretches of `text`. */
export function extractFindings<F extends LanguageFinding>(index: LanguageIndex<F>, text: string): Extraction {
  const seq = canonicalise(index.lexicon, text);
  const scopes: Scopes = scopesOf(index.lexicon, seq);
  const measured = measurementsInText(text, index.lexicon.analytes);
  const consumed = seq.map((c) => measured.some((m) => c.start >= m.start && c.end <= m.end));
  const found: Found[] = [];
  for (const m of measured) for (const f of m.findings) if (index.findingById.has(f.findingId)) found.push({ id: f.findingId, state: f.state, start: m.start, end: m.end, order: m.start });

  const unmatched: Extraction['unmatched'] = [];
  let heading: number[] = [];
  let previousEnd = -1;
  for (const item of itemsOf(seq, index.lexicon.terminators, (word) => index.lexicon.heads.has(word))) {
    const open = item.filter((i) => !consumed[i]);
    if (heading.length > 0 && seq.slice(previousEnd + 1, item[0]).some((c) => c.kind === 'symbol' && SENTENCE_BREAKS.has(c.word))) heading = [];
    previousEnd = item[item.length - 1]!;
    // The list after a short heading reads with it: "Reflexes: biceps 2+, knees 3+, ankles absent" is knee
    // reflexes 3+ and ankle reflexes absent.
    const matches: ItemMatch[] = matchItem(index, seq, scopes, heading.length > 0 && !open.includes(heading[0]!) ? [...heading, ...open] : open);
    // A reading that took the heading points at its own words ("knees 3+"), not back to the heading.
    const inherited = new Set(open.includes(heading[0] ?? -1) ? [] : heading);
    const colon = item.findIndex((i) => seq[i]!.word === ':');
    if (colon > 0) heading = headingOf(seq, item.slice(0, colon));
    for (const m of matches) {
      const own = m.positions.filter((p) => !inherited.has(p));
      const first = own.length > 0 ? Math.min(...own) : m.first;
      found.push({ id: m.findingId, state: m.state, start: seq[first]!.start, end: seq[m.last]!.end, order: seq[first]!.start });
    }
    // Words inside a matched stretch are read, even those a phrase added ("T2DM" → "type 2 diabetes").
    const spans = matches.map((m) => [seq[m.first]!.start, seq[m.last]!.end] as const);
    const loose = open.filter((i) => {
      const c = seq[i]!;
      if (spans.some(([s, e]) => c.start >= s && c.end <= e)) return false;
      return c.kind === 'word' && !c.ignored && !c.cls && !scopes.trigger[i] && !scopes.uncertain[i] && !scopes.family[i];
    });
    // Runs of unread words, split wherever a read word stands between them.
    const isLoose = new Set(loose);
    let run: number[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const start = seq[run[0]!]!.start;
      const end = seq[run[run.length - 1]!]!.end;
      unmatched.push({ text: text.slice(start, end), start, end });
      run = [];
    };
    for (const i of open) {
      const c = seq[i]!;
      if (isLoose.has(i)) run.push(i);
      else if (c.kind === 'word' && !c.ignored) flush();
    }
    flush();
  }

  addOnset(index, seq, text, found);
  const current = dropRemote(index, text, found, new Date().getUTCFullYear());

  // One entry per finding: present wins over absent (a red flag must never be hidden), then first mention.
  const byId = new Map<string, (typeof found)[number]>();
  for (const f of current.sort((a, b) => a.order - b.order)) {
    const prev = byId.get(f.id);
    if (!prev || (prev.state === 'absent' && f.state === 'present')) byId.set(f.id, f);
  }
  const findings = [...byId.values()]
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ id: f.id, label: index.findingById.get(f.id)!.label, state: f.state, text: text.slice(f.start, f.end), start: f.start, end: f.end }));
  return { findings, ...ageSexOf(text), unmatched };
}

