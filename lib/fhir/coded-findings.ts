// Which catalog findings a coded concept names: NumbDx's own finding code exactly, otherwise the
// findings its mapped codings agree on (an HPO term may be shared by several findings).
import { NUMBDX_FINDING_SYSTEM } from './codes';
import { codeKey } from './coding-text';
import type { InCodeableConcept } from './input-schema';
import type { ReadContext } from './read-types';

/** Finding ids the concept's codings name; more than one when they cannot tell them apart. */
export function codedFindings(concept: InCodeableConcept | undefined, context: Pick<ReadContext, 'findingsByCode' | 'knownFindingIds'>): string[] {
  const codings = (concept?.coding ?? []).filter((c) => c.system && c.code);
  const own = codings.filter((c) => c.system === NUMBDX_FINDING_SYSTEM && context.knownFindingIds.has(c.code!)).map((c) => c.code!);
  if (own.length > 0) return [...new Set(own)];
  const sets = codings.map((c) => context.findingsByCode.get(codeKey(c.system!, c.code!)) ?? []).filter((ids) => ids.length > 0);
  if (sets.length === 0) return [];
  const agreed = sets.reduce((acc, ids) => acc.filter((id) => ids.includes(id)));
  return [...new Set(agreed.length > 0 ? agreed : sets.flat())];
}
