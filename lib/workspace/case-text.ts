// The case and its differential as plain text, for pasting into a clinical note.
import type { DifferentialResponse } from '@/lib/catalog';
import type { CaseState } from './case-state';
import { parseMark } from './leg-marks';
import { formatProbability } from '../format';
import { NAMED_BY_RED_FLAG, ROLE_TEXT, groupWorkup, type WorkupEntry } from './workup-groups';

/** Tests in the copied note: the first dozen by urgency, as the workspace shows them before "show more". */
export const COPIED_TESTS = 12;

/** One test in a line of text: "MRI lumbosacral spine (named by the red flag; first line; for Cauda equina syndrome)". */
export function workupTestText(test: WorkupEntry, forCauses: string): string {
  return `${test.name} (${[test.named ? NAMED_BY_RED_FLAG : null, ROLE_TEXT[test.role], `for ${forCauses}`].filter(Boolean).join('; ')})`;
}

interface CaseTextInput {
  state: CaseState;
  result: DifferentialResponse;
  labelOf: (findingId: string) => string;
  causeName: (causeId: string) => string;
  /** ISO date (YYYY-MM-DD) the text is written. */
  date: string;
  /** Absolute link that reopens the case. */
  link: string;
}

/** The patient line: "45 years, female" or "age and sex not given". */
export function describePatient(state: CaseState): string {
  const parts = [state.age !== undefined ? `${state.age} years` : null, state.sex ?? null].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'age and sex not given';
}

/** Leg-picture marks in words, e.g. "L5 dermatome (left)". */
export function describeLegMarks(marks: readonly string[]): string[] {
  return marks.flatMap((mark) => {
    const parsed = parseMark(mark);
    return parsed ? [`${parsed.region.name} (${parsed.side === 'both' ? 'both legs' : parsed.side})`] : [];
  });
}

/** A short, dated summary of the case: findings, red flags, differential, can't-miss, workup. */
export function caseAsText({ state, result, labelOf, causeName, date, link }: CaseTextInput): string {
  const lines = [`NumbDx differential for lower-limb numbness (${date})`, `Patient: ${describePatient(state)}`];
  lines.push(`Present: ${state.present.map(labelOf).join('; ') || 'none entered'}`);
  lines.push(`Absent: ${state.absent.map(labelOf).join('; ') || 'none entered'}`);
  const legs = describeLegMarks(state.legs);
  if (legs.length > 0) lines.push(`Leg picture: ${legs.join('; ')}`);
  for (const alert of result.alerts) {
    lines.push('', `RED FLAG (${alert.level.toUpperCase()}): ${alert.name}. ${alert.message}`, `Action: ${alert.action}`);
  }
  lines.push('', 'Differential:');
  result.causes.slice(0, 10).forEach((cause, i) => lines.push(`${i + 1}. ${cause.name} ${formatProbability(cause.probability)} (${cause.urgency})`));
  if (result.cantMiss.length > 0) {
    lines.push('', `Can't miss: ${result.cantMiss.map((c) => `${c.name} ${formatProbability(c.probability)}`).join('; ')}`);
  }
  const groups = groupWorkup(result.workup, { sex: state.sex, limit: COPIED_TESTS });
  if (groups.length > 0) {
    lines.push('', 'Workup:');
    for (const { title, tests } of groups) {
      lines.push(`${title}: ${tests.map((t) => workupTestText(t, t.helpsWith.map(causeName).join(', '))).join('; ')}`);
    }
  }
  lines.push('', 'NumbDx is a reference for clinicians, not a diagnosis; it supports, and never replaces, clinical judgement.', link);
  return lines.join('\n');
}
