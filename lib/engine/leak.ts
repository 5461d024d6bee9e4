// P(finding | cause) where the cause does not list the finding. "Not listed" used to mean
// likelihood ratio 1, so a finding typical of other causes never argued against a cause. Now:
// - an attribute entry point takes P(value | cause) from the cause's attributes;
// - a finding that entails another (numbness in one leg ⇒ unilateral; HbA1c ≥ 6.5 % ⇒ diabetes)
//   takes κ × P(entailed | cause), κ the median ratio P(f|c) / P(entailed|c) over the causes
//   that list f (the ratio of the background frequencies when none does);
// - an upper motor neurone sign (one of several values) takes κ × Σ P(value | cause) (partial-entailment.ts);
// - any other finding takes its leak, LEAK_FRACTION[kind] × background frequency;
// - then a listed specific finding lifts an unlisted general one: P(general | c) ≥ P(specific | c).
// Every rule gives one value to all the causes that neither list f nor list what f entails, so a
// draft keeps that value once (the fallback) and the other causes by position (see sparse.ts).
import type { AttributeTable, FindingBasis } from './engine-index';
import { PARTIAL_ATTRIBUTE_ENTAILMENTS, partiallyEntailedProbabilities } from './partial-entailment';
import type { AttributeVariable } from './types';

/** P(f|c) while the index is built: the fallback, the causes with a value of their own, and those that list f. */
export interface ProbabilityDraft {
  fallback: number;
  byCause: Map<number, number>;
  listed: Set<number>;
}

/** What the derivation reads besides the findings. */
export interface LinkTables {
  /** Listed P(f|c) by finding id, then by cause position. */
  listedByFinding: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Positions of the causes that give attributes. */
  attributed: readonly number[];
  attributes: Readonly<Record<AttributeVariable, AttributeTable>>;
}

/** Unclamped P(f|c) in [0, 1] of every finding, by finding id; O(links + entry points × causes). */
export function derivedProbabilities(findingById: ReadonlyMap<string, FindingBasis>, tables: LinkTables): Map<string, ProbabilityDraft> {
  const drafts = new Map<string, ProbabilityDraft>();
  const fill = (model: FindingBasis): ProbabilityDraft => {
    const id = model.finding.id;
    const known = drafts.get(id);
    if (known) return known; // implications are acyclic (checked when the closure was built)
    const general = model.attribute ? undefined : model.finding.implies?.map((t) => findingById.get(t)!)[0];
    const generalDraft = general ? fill(general) : undefined;
    const draft: ProbabilityDraft = { fallback: model.leak, byCause: new Map(), listed: new Set() };
    if (model.attribute) {
      // The cause's distribution is the authority for its own attribute values.
      const table = tables.attributes[model.attribute.variable].get(model.attribute.value)!;
      for (const c of tables.attributed) setListed(draft, c, table[c]!);
    }
    const listed = tables.listedByFinding.get(id);
    for (const [c, p] of listed ?? []) if (!draft.byCause.has(c)) setListed(draft, c, p);
    if (generalDraft) {
      const ratio = medianRatio(model, general!, listed, generalDraft);
      draft.fallback = Math.min(1, ratio * generalDraft.fallback);
      for (const [c, p] of generalDraft.byCause) if (!draft.byCause.has(c)) draft.byCause.set(c, Math.min(1, ratio * p));
    }
    drafts.set(id, draft);
    return draft;
  };
  for (const model of findingById.values()) fill(model);
  // A finding that entails one of several attribute values follows the cause's distribution (partial-entailment.ts).
  for (const [id, { variable, values }] of Object.entries(PARTIAL_ATTRIBUTE_ENTAILMENTS)) {
    const draft = drafts.get(id);
    if (!draft) continue;
    const columns = values.map((v) => tables.attributes[variable].get(v)!);
    const derived = partiallyEntailedProbabilities(tables.listedByFinding.get(id), tables.attributed, (c) => columns.reduce((sum, column) => sum + column[c]!, 0));
    for (const [c, p] of derived ?? []) draft.byCause.set(c, p);
  }
  // A finding cannot be likelier than what it entails: lift the unlisted general finding.
  for (const model of findingById.values()) {
    for (const targetId of model.implies) lift(drafts.get(model.finding.id)!, drafts.get(targetId)!);
  }
  return drafts;
}

function setListed(draft: ProbabilityDraft, c: number, p: number): void {
  draft.byCause.set(c, p);
  draft.listed.add(c);
}

/** target(c) := max(target(c), specific(c)) wherever the target is not listed, cause by cause. */
function lift(specific: ProbabilityDraft, target: ProbabilityDraft): void {
  const before = target.fallback;
  for (const [c, p] of target.byCause) {
    const s = specific.byCause.get(c) ?? specific.fallback;
    if (s > p && !target.listed.has(c)) target.byCause.set(c, s);
  }
  const fallback = specific.fallback > before ? specific.fallback : before;
  for (const [c, s] of specific.byCause) {
    if (target.byCause.has(c)) continue;
    const p = s > before ? s : before;
    if (p !== fallback) target.byCause.set(c, p);
  }
  target.fallback = fallback;
}

/** Median of min(1, P(f|c) / P(general|c)) over the causes that list f and the general finding; else the ratio of backgrounds. */
function medianRatio(
  model: FindingBasis,
  general: FindingBasis,
  listed: ReadonlyMap<number, number> | undefined,
  generalDraft: ProbabilityDraft,
): number {
  const ratios: number[] = [];
  for (const [c, p] of listed ?? []) {
    if (!generalDraft.listed.has(c)) continue;
    const g = generalDraft.byCause.get(c) ?? generalDraft.fallback;
    ratios.push(Math.min(1, p / Math.max(g, 1e-9)));
  }
  if (ratios.length === 0) return Math.min(1, model.background / general.background);
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
}
