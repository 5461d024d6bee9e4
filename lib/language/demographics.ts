// Age and sex as notes write them: "58 yo man", "45F", "M 67", "a 26-year-old woman", "aged 70".
// Pure and universal. The first explicit statement wins; pronouns decide sex only when nothing else does.
import type { Sex } from '../vocabulary';

/** Age in whole years and sex, when the text states them. */
export interface AgeSex {
  age?: number;
  sex?: Sex;
}

const AGE_PATTERNS: RegExp[] = [
  /\b(\d{1,3})\s*(?:-\s*)?(?:yo|y\/o|y\.o\.?|yrs?\.?\s*old|years?\s*old|yr-old|year-old|years-old|yoa)\b/gi,
  /\b(?:aged?|age:)\s*(\d{1,3})\b/gi,
  /\b(?:i am|i'm|im|i’m)\s+(\d{1,3})\b(?!\s*(?:weeks|days|months|kg|%))/gi,
  /(?<![/\d])\b(\d{1,3})\s?(?:y|yo|yr)?\s?([MF])\b(?!\/)/g,
  /(?<![/\w])([MF])\s?(\d{1,3})\b(?!\s*(?:mg|ml|kg|%|\/))/g,
];

// Titles are case-sensitive so that "MS" (multiple sclerosis) is not read as "Ms".
const MALE = [/\b(?:man|male|gentleman|gent|boy)\b/i, /\bMr\b/];
const FEMALE = [/\b(?:woman|female|lady|girl)\b/i, /\b(?:Mrs|Ms|Miss)\b/];

function firstIndex(text: string, patterns: RegExp[]): number {
  const found = patterns.map((p) => p.exec(text)?.index ?? -1).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/** The patient's age and sex as stated in `text`. */
export function ageSexOf(text: string): AgeSex {
  let first: { index: number; age: number; sex?: Sex } | undefined;
  for (const pattern of AGE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const digits = m.slice(1).find((g) => g !== undefined && /^\d+$/.test(g));
      const letter = m.slice(1).find((g) => g === 'M' || g === 'F');
      const age = Number(digits);
      if (!(age >= 0 && age <= 120)) continue;
      const sex = letter ? (letter === 'F' ? 'female' : 'male') : undefined;
      if (!first || m.index < first.index) first = { index: m.index, age, ...(sex ? { sex } : {}) };
      else if (m.index === first.index && sex && !first.sex) first.sex = sex;
      break;
    }
  }
  const result: AgeSex = {};
  if (first) result.age = first.age;
  result.sex = first?.sex ?? sexFromWords(text);
  if (!result.sex) delete result.sex;
  return result;
}

function sexFromWords(text: string): Sex | undefined {
  const maleAt = firstIndex(text, MALE);
  const femaleAt = firstIndex(text, FEMALE);
  if (maleAt >= 0 && (femaleAt < 0 || maleAt < femaleAt)) return 'male';
  if (femaleAt >= 0) return 'female';
  // Pronouns, only when no noun says it.
  const lower = text.toLowerCase();
  const he = (lower.match(/\b(?:he|his|him)\b/g) ?? []).length;
  const she = (lower.match(/\b(?:she|her|hers)\b/g) ?? []).length;
  if (he > she) return 'male';
  if (she > he) return 'female';
  return undefined;
}
