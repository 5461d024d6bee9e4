// Findings: the list, one finding with the causes it points to, and the picker's search.
import 'server-only';
import { compareText } from '../search/normalise';
import { likelihoodRatios } from '../engine/likelihood-ratio';
import type { SearchHit } from '../language/search';
import { rankCatalogFindings } from './language';
import { getCatalogSnapshot } from './snapshot';
import type { CatalogFinding, CatalogReference, Evidence, Urgency } from './types';
import type { AlertLevel } from '../vocabulary';

/** A cause a finding points to, with how strongly. */
export interface FindingCause {
  causeId: string;
  name: string;
  urgency: Urgency;
  cantMiss: boolean;
  /** P(finding | cause) as the catalog states it. */
  probability: number;
  evidence: Evidence;
  reference: CatalogReference | null;
  note: string | null;
  /** LR+ = P(f|c) / P(f) as the engine weighs them (lib/engine/likelihood-ratio.ts). */
  likelihoodRatio: number;
  /** LR− = (1 − P(f|c)) / (1 − P(f)): what the finding's absence does. */
  negativeLikelihoodRatio: number;
}

/** A finding with its causes (highest likelihood ratio first) and the red-flag rules it triggers. */
export interface FindingDetail extends CatalogFinding {
  causes: FindingCause[];
  redFlags: { id: string; name: string; level: AlertLevel }[];
}

/** Every finding, ordered by label. */
export async function listFindings(): Promise<CatalogFinding[]> {
  return [...(await getCatalogSnapshot()).findings];
}

/** One finding with the causes it points to, or null if the id is unknown. */
export async function getFinding(id: string): Promise<FindingDetail | null> {
  const snapshot = await getCatalogSnapshot();
  const finding = snapshot.findingById.get(id);
  if (!finding) return null;
  const causes = snapshot.findingLinks
    .filter((link) => link.findingId === id)
    .map((link): FindingCause => {
      const cause = snapshot.causeById.get(link.causeId)!;
      const ratios = likelihoodRatios(snapshot.engine, id, cause.id)!;
      return {
        causeId: cause.id,
        name: cause.name,
        urgency: cause.urgency,
        cantMiss: cause.cantMiss,
        probability: link.probability,
        evidence: link.evidence,
        reference: link.referenceId ? (snapshot.referenceById.get(link.referenceId) ?? null) : null,
        note: link.note,
        likelihoodRatio: ratios.positive,
        negativeLikelihoodRatio: ratios.negative,
      };
    })
    .sort((a, b) => b.likelihoodRatio - a.likelihoodRatio || compareText(a.name, b.name));
  const redFlags = snapshot.rules
    .filter((rule) => rule.triggers.some((group) => group.some((t) => t.findingId === id)))
    .map(({ id: ruleId, name, level }) => ({ id: ruleId, name, level }));
  return { ...finding, causes, redFlags };
}

/** Findings matching a clinician's words (ranked language search: lexicon, values, typos), best first. */
export async function searchCatalogFindings(query: string, limit = 10): Promise<SearchHit<CatalogFinding>[]> {
  return (await rankCatalogFindings(query, limit)).hits;
}
