// Dense reference (the engine as of commit c91ab2c, before the sparse index): kept only for tests/engine/sparse-equivalence.test.ts.
// P(finding | cause) where the cause does not list the finding. "Not listed" used to mean
// likelihood ratio 1, so a finding typical of other causes never argued against a cause. Now:
// - an attribute entry point takes P(value | cause) from the cause's attributes;
// - a finding that entails another (numbness in one leg ⇒ unilateral; HbA1c ≥ 6.5 % ⇒ diabetes)
//   takes κ × P(entailed | cause), κ the median ratio P(f|c) / P(entailed|c) over the causes
//   that list f (the ratio of the background frequencies when none does);
// - any other finding takes its leak, LEAK_FRACTION[kind] × background frequency;
// - then a listed specific finding lifts an unlisted general one: P(general | c) ≥ P(specific | c).
import type { AttributeTable, FindingModel } from './index';
import { PARTIAL_ATTRIBUTE_ENTAILMENTS, partiallyEntailedProbabilities } from '../../../lib/engine/partial-entailment';
import type { AttributeVariable, EngineCause } from '../../../lib/engine/types';

/** Fills probabilityByCause and listed of every finding model (unclamped values in [0, 1]). */
export function derivedProbabilities(
  findingById: ReadonlyMap<string, FindingModel>,
  causes: readonly EngineCause[],
  listedProbability: readonly ReadonlyMap<string, number>[],
  attributes: Readonly<Record<AttributeVariable, AttributeTable>>,
): void {
  const done = new Set<string>();
  const fill = (model: FindingModel): void => {
    const id = model.finding.id;
    if (done.has(id)) return;
    done.add(id); // implications are acyclic (checked when the closure was built)
    const general = model.attribute ? undefined : model.finding.implies?.map((t) => findingById.get(t)!)[0];
    if (general) fill(general);
    const ratio = general ? medianRatio(model, general, causes, listedProbability) : 1;
    causes.forEach((cause, c) => {
      const listed = listedProbability[c]!.get(id);
      if (model.attribute && cause.attributes) {
        // The cause's distribution is the authority for its own attribute values.
        model.probabilityByCause[c] = attributes[model.attribute.variable].get(model.attribute.value)![c]!;
        model.listed[c] = 1;
      } else if (listed !== undefined) {
        model.probabilityByCause[c] = listed;
        model.listed[c] = 1;
      } else if (general) {
        model.probabilityByCause[c] = Math.min(1, ratio * general.probabilityByCause[c]!);
      } else {
        model.probabilityByCause[c] = model.leak;
      }
    });
  };
  for (const model of findingById.values()) fill(model);
  // Added with the model (not the dense engine of c91ab2c): partial attribute entailments, dense.
  const attributed = causes.flatMap((cause, c) => (cause.attributes ? [c] : []));
  for (const [id, { variable, values }] of Object.entries(PARTIAL_ATTRIBUTE_ENTAILMENTS)) {
    const model = findingById.get(id);
    if (!model) continue;
    const listed = new Map<number, number>();
    causes.forEach((_cause, c) => {
      const p = listedProbability[c]!.get(id);
      if (p !== undefined) listed.set(c, p);
    });
    const derived = partiallyEntailedProbabilities(listed, attributed, (c) => values.reduce((sum, v) => sum + attributes[variable].get(v)![c]!, 0));
    for (const [c, p] of derived ?? []) model.probabilityByCause[c] = p;
  }
  // A finding cannot be likelier than what it entails: lift the unlisted general finding.
  for (const model of findingById.values()) {
    for (const targetId of model.implies) {
      const target = findingById.get(targetId)!;
      for (let c = 0; c < causes.length; c++) {
        const specific = model.probabilityByCause[c]!;
        if (specific > target.probabilityByCause[c]! && !target.listed[c]) target.probabilityByCause[c] = specific;
      }
    }
  }
}

/** Median of min(1, P(f|c) / P(general|c)) over the causes that list f; else the ratio of backgrounds. */
function medianRatio(
  model: FindingModel,
  general: FindingModel,
  causes: readonly EngineCause[],
  listedProbability: readonly ReadonlyMap<string, number>[],
): number {
  const ratios: number[] = [];
  causes.forEach((_cause, c) => {
    const p = listedProbability[c]!.get(model.finding.id);
    if (p !== undefined && general.listed[c]) ratios.push(Math.min(1, p / Math.max(general.probabilityByCause[c]!, 1e-9)));
  });
  if (ratios.length === 0) return Math.min(1, model.background / general.background);
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
}
