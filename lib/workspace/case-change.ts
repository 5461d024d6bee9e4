// What one edit of the case did, in words: the text of the "Undo" bar. Pure, so it can be
// table-tested; the undo bar (loaded after the page) passes the labels the workspace knows.
import type { CaseState } from './case-state';

type LabelOf = (findingId: string) => string;

function stateOf(state: CaseState, id: string): 'present' | 'absent' | undefined {
  return state.present.includes(id) ? 'present' : state.absent.includes(id) ? 'absent' : undefined;
}

/** One short sentence per changed finding, age, sex or pregnancy; empty when nothing changed. */
export function describeChange(before: CaseState, after: CaseState, labelOf: LabelOf): string {
  const parts: string[] = [];
  const ids = [...new Set([...before.present, ...before.absent, ...after.present, ...after.absent])];
  for (const id of ids) {
    const was = stateOf(before, id);
    const now = stateOf(after, id);
    if (was === now) continue;
    if (now === undefined) parts.push(`${labelOf(id)} removed`);
    else if (was === undefined) parts.push(`${labelOf(id)} added as ${now}`);
    else parts.push(`${labelOf(id)} changed to ${now}`);
  }
  if (before.age !== after.age) parts.push(after.age === undefined ? 'Age cleared' : `Age ${after.age}`);
  if (before.sex !== after.sex) parts.push(after.sex === undefined ? 'Sex cleared' : `Sex ${after.sex}`);
  if (parts.length === 0 && before.legs.join() !== after.legs.join()) parts.push('Leg picture changed');
  if (parts.length > 3) return `${parts.slice(0, 3).join('; ')} and ${parts.length - 3} more changes`;
  return parts.join('; ');
}
