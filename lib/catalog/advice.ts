// Guidance from the seed article: when to seek care now or soon, prevention, and FAQ answers.
import 'server-only';
import { getCatalogSnapshot } from './snapshot';
import { ADVICE_KINDS } from '../vocabulary';
import type { AdviceKind, RedFlagRuleView } from './types';

/** Advice kinds in display order (urgent first): the vocabulary's order. */
export const ADVICE_KIND_ORDER: readonly AdviceKind[] = ADVICE_KINDS;

/** One piece of advice with the causes it concerns. */
export interface AdviceEntry {
  id: string;
  kind: AdviceKind;
  title: string;
  body: string;
  causes: { id: string; name: string }[];
}

/** Advice of one kind, or all of it (seek_care_now, consult_soon, prevention, faq), in catalog order. */
export async function listAdvice(kind?: AdviceKind): Promise<AdviceEntry[]> {
  const snapshot = await getCatalogSnapshot();
  return snapshot.advice
    .filter((row) => kind === undefined || row.kind === kind)
    .map(({ id, kind: rowKind, title, body, causeIds }) => ({
      id,
      kind: rowKind,
      title,
      body,
      causes: causeIds.flatMap((causeId) => {
        const cause = snapshot.causeById.get(causeId);
        return cause ? [{ id: causeId, name: cause.name }] : [];
      }),
    }))
    .sort((a, b) => ADVICE_KIND_ORDER.indexOf(a.kind) - ADVICE_KIND_ORDER.indexOf(b.kind));
}

export { ADVICE_KIND_LABEL } from '../workspace/catalog-words';

/** Advice that names any of the given causes, in display order (for a cause page or a printed case). */
export async function listAdviceForCauses(causeIds: readonly string[]): Promise<AdviceEntry[]> {
  const wanted = new Set(causeIds);
  return (await listAdvice()).filter((entry) => entry.causes.some((cause) => wanted.has(cause.id)));
}

/** Every red-flag rule with its trigger findings and causes, emergency first. */
export async function listRedFlagRules(): Promise<RedFlagRuleView[]> {
  return [...(await getCatalogSnapshot()).rules];
}
