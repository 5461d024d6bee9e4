// How long the complaint has lasted ("6/12 hx of numbness", "3 weeks of paraesthesiae", "over
// 4 days") to the onset findings, by the lexicon's onset rules. Pure and universal.
import type { OnsetRules } from '../schemas/lexicon';

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 4, couple: 2 };
/** The number words as a regular-expression alternation, longest first (so "an" is not read as "a"). */
const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/** Days per unit word ("wks" → 7), from the lexicon's onset units. */
function unitDaysOf(rules: OnsetRules): Map<string, number> {
  const unitDays = new Map<string, number>();
  for (const u of rules.units) for (const w of u.words) unitDays.set(w, u.days);
  return unitDays;
}

/** A lexicon phrase as a regular-expression source: special characters escaped, any run of spaces matching any whitespace. */
function phrasePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** A duration written in the text, in days, with its offsets. */
export interface Duration {
  days: number;
  start: number;
  end: number;
}

/** Every duration in `text` (not time points: "2 weeks ago", "45 years old", "70 y/o"; but "onset 3 h ago" dates the onset). */
export function durationsIn(text: string, rules: OnsetRules): Duration[] {
  const unitDays = unitDaysOf(rules);
  const out: Duration[] = [];
  // Digits may touch the unit ("2wks"); a number word needs a space or hyphen ("a few weeks", not "and").
  // "x3d", "x 2 wks": the clerking shorthand for "for" sticks to the number.
  const spelled = new RegExp(
    `(?:\\bx\\s*|\\b)(?:(\\d+(?:\\.\\d+)?)\\s*-?\\s*|(${NUMBER_WORD_PATTERN})(?:\\s+of)?[\\s-]+)([a-z]+)\\b(?!\\s*-?\\s*(?:ago|old|later|earlier|before|previously)|\\s*\\/\\s*o\\b)`,
    'gi',
  );
  for (const m of text.matchAll(spelled)) {
    const days = unitDays.get(m[3]!.toLowerCase());
    if (days === undefined) continue;
    const n = m[1] !== undefined ? Number(m[1]) : NUMBER_WORDS[m[2]!.toLowerCase()]!;
    out.push({ days: n * days, start: m.index, end: m.index + m[0].length });
  }
  // "Onset 3 h ago", "started 2 days ago": a time point that dates the onset is its duration.
  const since = (rules.sinceWords ?? []).map(phrasePattern);
  const dating = since.length > 0 ? new RegExp(`\\b(?:${since.join('|')})\\s+(\\d+(?:\\.\\d+)?)\\s*([a-z]+)\\s+ago\\b`, 'gi') : null;
  for (const m of dating ? text.matchAll(dating) : []) {
    const days = unitDays.get(m[2]!.toLowerCase());
    if (days !== undefined) out.push({ days: Number(m[1]) * days, start: m.index, end: m.index + m[0].length });
  }
  const fractions = new Map(rules.fractions.map((f) => [f.denominator, f.days]));
  for (const m of text.matchAll(/\b(\d{1,2})\s*\/\s*(7|52|12)\b(?!\s*(?:ago|sites?))/g)) {
    const per = fractions.get(Number(m[2]));
    if (per !== undefined) out.push({ days: Number(m[1]) * per, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The onset finding a number of days implies. */
export function onsetFindingFor(days: number, rules: OnsetRules): string {
  return (rules.rules.find((r) => r.maxDays === undefined || days <= r.maxDays) ?? rules.rules[rules.rules.length - 1]!).finding;
}

/** A time point in the past written in the text ("10 years ago", "in 2009", "as a child"): how long ago, in days. */
export interface TimePoint {
  daysAgo: number;
  start: number;
  end: number;
}

/** Every past time point in `text`; a calendar year counts from `thisYear` (years after it are not time points). */
export function timePointsIn(text: string, rules: OnsetRules, thisYear: number): TimePoint[] {
  const unitDays = unitDaysOf(rules);
  const out: TimePoint[] = [];
  const ago = new RegExp(`\\b(\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN})(?:\\s+of)?[\\s-]*([a-z]+)\\s+(?:ago|earlier|previously|before)\\b`, 'gi');
  for (const m of text.matchAll(ago)) {
    const days = unitDays.get(m[2]!.toLowerCase());
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
    if (days !== undefined && n !== undefined) out.push({ daysAgo: n * days, start: m.index, end: m.index + m[0].length });
  }
  // A calendar year ("in 2009", "discectomy 2009", "(2015)"); not a number with a unit or a fraction.
  for (const m of text.matchAll(/(?<![\d/.])(?<!\b(?:since|from|until)\s+)\b(19\d\d|20\d\d)\b(?!\.\d|[\d/]|\s*(?:mg|ml|mL|g|units?|cells|mm|pmol|ng|iu|u\/l)\b)/g)) {
    const year = Number(m[1]);
    if (year <= thisYear) out.push({ daysAgo: (thisYear - year) * 365, start: m.index, end: m.index + m[0].length });
  }
  for (const r of rules.remote ?? []) {
    const phrase = new RegExp(`\\b${phrasePattern(r.phrase)}\\b`, 'gi');
    for (const m of text.matchAll(phrase)) out.push({ daysAgo: r.days, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
