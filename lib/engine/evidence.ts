// Turns what the clinician entered into independent pieces of evidence, each a per-cause
// ln P(evidence | cause) and its catalog-wide probability P(evidence): implication chains count
// their most specific present finding once, an attribute variable counts once, and correlated
// pieces of one dependence group are damped (see dependence.ts). Per-cause values are sparse
// (sparse.ts): work is done only for the causes that list the findings involved.
import { DEPENDENCE_GROUP_OF, dampingFactors } from './dependence';
import { findingModelOf } from './case-input';
import type { EngineIndex, FindingModel } from './engine-index';
import { clampProbability, testEvidenceScale, TEST_RESULT_KINDS } from './parameters';
import { unrecordedExposureItems } from './unrecorded-exposure';
import { alignTo, combineSparse, mapSparse, unionPositions, type SparseByCause } from './sparse';
import type { AttributeVariable, CareSetting, CaseInput } from './types';

/** One piece of evidence: weight(c) = ln P(e | c) − ln P(e), before damping and the evidence exponent. */
export interface EvidenceItem {
  /** The entered finding ids this piece stands for (the first names it). */
  findingIds: string[];
  label: string;
  state: 'present' | 'absent';
  /** ln P(e | c) by cause position. */
  logLikelihood: SparseByCause;
  /** P(e) in the care setting (prior-weighted mixture over causes). */
  marginal: number;
  group?: string;
  /** Not entered at all: an always-established exposure counted as probably absent (unrecorded-exposure.ts). */
  unrecorded?: true;
  /** Factor on the weight before the evidence exponent: test results take their own exponent (testEvidenceScale). */
  scale?: number;
}

/** A finding that is present because a present finding entails it. */
export interface ImpliedFinding {
  findingId: string;
  label: string;
  /** The present findings that entail it. */
  impliedBy: string[];
  /** Also entered by the clinician (it then counts through its more specific finding). */
  entered: boolean;
}

/** The evidence of a case and what it implies. */
export interface CaseEvidence {
  items: EvidenceItem[];
  implied: ImpliedFinding[];
  /** Findings known present: entered or implied. */
  knownPresent: Set<string>;
  /** Findings known absent: entered, or entailing an absent finding. */
  knownAbsent: Set<string>;
  /** Attribute variables whose value is known (entered or implied present). */
  determined: Set<AttributeVariable>;
}

/** Splits a case into evidence items (precondition: input checked by assertCaseInput). */
export function caseEvidence(index: EngineIndex, input: CaseInput, setting: CareSetting): CaseEvidence {
  const present = input.present.map((id) => findingModelOf(index, id));
  const knownPresent = new Set<string>();
  const impliedBy = new Map<string, string[]>();
  for (const model of present) {
    knownPresent.add(model.finding.id);
    for (const target of model.implies) {
      knownPresent.add(target);
      impliedBy.set(target, [...(impliedBy.get(target) ?? []), model.finding.id]);
    }
  }
  const entered = new Set(input.present);
  const implied: ImpliedFinding[] = [...impliedBy].map(([findingId, by]) => ({
    findingId,
    label: findingModelOf(index, findingId).finding.label,
    impliedBy: by,
    entered: entered.has(findingId),
  }));
  // The most specific present finding of a chain stands for it.
  const heads = present.filter((m) => !impliedBy.has(m.finding.id));
  const determined = new Set<AttributeVariable>();
  for (const id of knownPresent) {
    const attribute = findingModelOf(index, id).attribute;
    if (attribute) determined.add(attribute.variable);
  }

  const items: EvidenceItem[] = [];
  const presentValues = new Map<AttributeVariable, FindingModel[]>();
  for (const model of heads) {
    if (model.attribute) presentValues.set(model.attribute.variable, [...(presentValues.get(model.attribute.variable) ?? []), model]);
    else items.push(findingItem(model, 'present', setting));
  }
  for (const [variable, models] of presentValues) items.push(attributeItem(variable, models, 'present', setting));

  const absentIds = new Set(input.absent);
  const knownAbsent = new Set(input.absent);
  for (const id of input.absent) for (const implier of index.impliedBy.get(id) ?? []) knownAbsent.add(implier);
  const absentValues = new Map<AttributeVariable, FindingModel[]>();
  for (const id of input.absent) {
    const model = findingModelOf(index, id);
    if (knownPresent.has(id)) continue; // entailed by a present finding: the present one wins
    if (model.attribute && determined.has(model.attribute.variable)) continue; // excluded by the value present
    if (model.implies.some((t) => absentIds.has(t))) continue; // ¬general ⇒ ¬specific: already counted
    const presentGeneral = model.implies.filter((t) => knownPresent.has(t));
    if (presentGeneral.length > 0) items.push(conditionalAbsentItem(index, model, presentGeneral, setting));
    else if (model.attribute) absentValues.set(model.attribute.variable, [...(absentValues.get(model.attribute.variable) ?? []), model]);
    else items.push(findingItem(model, 'absent', setting));
  }
  for (const [variable, models] of absentValues) items.push(attributeItem(variable, models, 'absent', setting));
  items.push(...unrecordedExposureItems(index, { knownPresent, knownAbsent }, setting));
  const scale = testEvidenceScale(index.tuning);
  if (scale !== 1) for (const item of items) if (TEST_RESULT_KINDS.has(findingModelOf(index, item.findingIds[0]!).finding.kind)) item.scale = scale;
  return { items, implied, knownPresent, knownAbsent, determined };
}

function findingItem(model: FindingModel, state: 'present' | 'absent', setting: CareSetting): EvidenceItem {
  const marginal = model.marginal[setting];
  return {
    findingIds: [model.finding.id],
    label: model.finding.label,
    state,
    logLikelihood: state === 'present' ? model.logPresent : model.logAbsent,
    marginal: state === 'present' ? marginal : 1 - marginal,
    ...(model.group ? { group: model.group } : {}),
  };
}

/** Present: the value(s) entered, P = Σ P(v|c). Absent: none of them, P = 1 − Σ P(v|c). */
function attributeItem(
  variable: AttributeVariable,
  models: FindingModel[],
  state: 'present' | 'absent',
  setting: CareSetting,
): EvidenceItem {
  const values = [...new Set(models.map((m) => m.attribute!.value))];
  // One entry point per value. Its P(f|c) is P(value | c) from the cause's attributes (or, for a
  // cause without attributes, the finding's listed probability or leak), so the values add up.
  const byValue = values.map((v) => models.find((m) => m.attribute!.value === v)!);
  const logLikelihood = combineSparse(
    byValue.map((m) => m.probability),
    (probabilities) => {
      let p = 0;
      for (const q of probabilities) p += q;
      p = Math.min(1, p);
      return Math.log(clampProbability(state === 'present' ? p : 1 - p));
    },
  );
  let marginal = 0;
  for (const model of byValue) marginal += model.marginal[setting];
  const group = state === 'present' && values.length === 1 ? DEPENDENCE_GROUP_OF.get(`${variable}:${values[0]}`) : undefined;
  return {
    findingIds: models.map((m) => m.finding.id),
    label: models.map((m) => m.finding.label).join(' / '),
    state,
    logLikelihood,
    marginal: clampProbability(state === 'present' ? marginal : 1 - marginal),
    ...(group ? { group } : {}),
  };
}

/** Absent finding whose more general finding is present: P(¬f | g, c) = 1 − P(f|c) / P(g|c). */
function conditionalAbsentItem(index: EngineIndex, model: FindingModel, presentGeneral: string[], setting: CareSetting): EvidenceItem {
  // The narrowest present generalisation (lowest catalog frequency) conditions best.
  const general = presentGeneral
    .map((id) => findingModelOf(index, id))
    .sort((a, b) => a.marginal[setting] - b.marginal[setting])[0]!;
  const logLikelihood = combineSparse([model.probability, general.probability], ([p, g]) =>
    Math.log(clampProbability(1 - Math.min(1, p! / g!))),
  );
  return {
    findingIds: [model.finding.id],
    label: model.finding.label,
    state: 'absent',
    logLikelihood,
    marginal: clampProbability(1 - Math.min(1, model.marginal[setting] / general.marginal[setting])),
    ...(model.group ? { group: model.group } : {}),
  };
}

/**
 * Weight of every item for every cause, ln P(e|c) − ln P(e), with dependence groups damped per
 * cause: weights[item], sparse over causes. O(items + exceptions) plus a sort within each group,
 * per cause where a member has an exception and once for the shared values.
 */
export function dampedWeights(items: readonly EvidenceItem[], damping: number): SparseByCause[] {
  const weights = items.map((item) => {
    const lnMarginal = Math.log(item.marginal);
    const scale = item.scale ?? 1;
    return mapSparse(item.logLikelihood, (x) => (x - lnMarginal) * scale);
  });
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.group) groups.set(item.group, [...(groups.get(item.group) ?? []), i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const vectors = members.map((i) => weights[i]!);
    const positions = unionPositions(vectors);
    const aligned = vectors.map((vector) => alignTo(vector, positions));
    const damped = aligned.map(() => new Float64Array(positions.length));
    for (let k = 0; k < positions.length; k++) {
      const factors = dampingFactors(aligned.map((values) => values[k]!), damping);
      aligned.forEach((values, m) => (damped[m]![k] = values[k]! * factors[m]!));
    }
    const fallbackFactors = dampingFactors(vectors.map((vector) => vector.fallback), damping);
    members.forEach((i, m) => {
      weights[i] = { fallback: vectors[m]!.fallback * fallbackFactors[m]!, positions, values: damped[m]! };
    });
  }
  return weights;
}
