// Precomputes everything ranking needs, once per catalog, so that a request does no searching.
// Per-finding quantities are sparse over causes (sparse.ts): one shared value for the causes that
// do not list the finding, plus the causes that do, so the index grows with the links.
import { attributeValueOf, ATTRIBUTE_VARIABLES, CAUSE_ATTRIBUTES, type AttributeValue } from './attributes';
import { buildCauseTable, type CauseTable } from './cause-table';
import { DEPENDENCE_GROUP_OF } from './dependence';
import { buildFindingTable, type FindingTable } from './finding-table';
import { findingModel, sumPriors } from './finding-model';
import { derivedProbabilities } from './leak';
import { clampProbability, DEFAULT_TUNING, TYPICAL_FINDING_PROBABILITY, type ModelTuning } from './parameters';
import { indexOfPosition, valueAt, type SparseByCause } from './sparse';
import { compareText } from '../search/normalise';
import type {
  AttributeVariable,
  CareSetting,
  EngineCatalog,
  EngineCause,
  EngineFinding,
  EngineRedFlagRule,
  EngineTest,
  PrevalenceTier,
} from './types';

/** The care settings, in display order. */
export const CARE_SETTING_LIST: readonly CareSetting[] = ['primary_care', 'emergency', 'neurology'];

/** What a finding model holds before its per-cause probabilities are derived. */
export interface FindingBasis {
  finding: EngineFinding;
  /** Clamped hand-entered background frequency (the leak is a fraction of it). */
  background: number;
  /** P(f | a cause that does not list f): LEAK_FRACTION[kind] × background, at least LEAK_FLOOR, at most the background. */
  leak: number;
  /** The attribute value this finding enters, when it is an entry point. */
  attribute?: AttributeValue;
  /** Dependence group (see DEPENDENCE_GROUPS), if any. */
  group?: string;
  /** Every finding this one entails, transitively (catalog `implies`). */
  implies: readonly string[];
}

/** A finding with its per-cause quantities, sparse over causes; the four vectors share one `positions`. */
export interface FindingModel extends FindingBasis {
  /** Clamped P(f|c): the listed value, else derived from the cause's attributes or what f entails, else the leak. */
  probability: SparseByCause;
  /** 1 where probability.positions[k] lists the finding (or, for an entry point, gives attributes). */
  listed: Uint8Array;
  /** ln P(f|c). */
  logPresent: SparseByCause;
  /** ln (1 − P(f|c)). */
  logAbsent: SparseByCause;
  /** Binary entropy (bits) of P(f|c), for expected information gain. */
  entropy: SparseByCause;
  /** P(f) per care setting: Σ_c π(c) P(f|c), the catalog's own background (the denominator of every LR shown). */
  marginal: Readonly<Record<CareSetting, number>>;
}

/** Clamped P(f|c) at one cause position. */
export function probabilityAt(model: FindingModel, position: number): number {
  return valueAt(model.probability, position);
}

/** Whether the cause at this position lists the finding (or gives attributes, for an entry point). */
export function isListed(model: FindingModel, position: number): boolean {
  const k = indexOfPosition(model.probability.positions, position);
  return k >= 0 && model.listed[k] === 1;
}

/** A finding a cause usually shows. */
export interface TypicalFinding {
  findingId: string;
  label: string;
  probability: number;
}

/** A cause with its precomputed prior and finding links. */
export interface CauseModel {
  cause: EngineCause;
  /** Index into EngineIndex.causes and into every FindingModel array. */
  position: number;
  /** Clamped P(f|c) for the findings this cause lists. */
  findingProbability: ReadonlyMap<string, number>;
  /** Listed findings with P(f|c) ≥ TYPICAL_FINDING_PROBABILITY, most probable first. */
  typicalFindings: readonly TypicalFinding[];
  /** Their positions in EngineIndex.findings, in the same order (checked against a mask, not by id). */
  typicalFindingPositions: Int32Array;
}

/** P(value | cause) by cause position, for every value of one attribute variable. */
export type AttributeTable = ReadonlyMap<string, Float64Array>;

/** The catalog in lookup-ready form; build once, share across requests (it is never mutated). */
export interface EngineIndex {
  version: string;
  causes: readonly CauseModel[];
  causeById: ReadonlyMap<string, CauseModel>;
  /** Each cause's place in name order (compareText), by position: ties in the ranking compare two integers. */
  causeNameRank: Int32Array;
  findings: readonly FindingModel[];
  findingById: ReadonlyMap<string, FindingModel>;
  /** What scoring and the can't-miss scan read of each cause, as flat arrays. */
  causeTable: CauseTable;
  /** The findings' P(f|c) and entropies in one flat layout, for the next-findings scan. */
  findingTable: FindingTable;
  testById: ReadonlyMap<string, EngineTest>;
  /** Red-flag rules, emergency first, then by id: the order alerts are reported in. */
  rules: readonly EngineRedFlagRule[];
  /** Positions in `rules` of the rules with a trigger on the finding, ascending. */
  rulesByTrigger: ReadonlyMap<string, readonly number[]>;
  /** ln of PREVALENCE_TIER_WEIGHT per tier. */
  logTierWeight: Readonly<Record<PrevalenceTier, number>>;
  /** ln π(c) per care setting from the tiers alone (normalised), by cause position. */
  logSettingPrior: Readonly<Record<CareSetting, Float64Array>>;
  /** Clamped P(value | cause) per attribute variable; a cause without attributes gets the catalog mixture. */
  attributes: Readonly<Record<AttributeVariable, AttributeTable>>;
  /** Finding ids that entail the key, transitively (inverse of FindingModel.implies). */
  impliedBy: ReadonlyMap<string, readonly string[]>;
  /** The parameters this index was built with. */
  tuning: ModelTuning;
}

/** The prevalence tier of a cause in a care setting (the general tier where the setting is not given). */
export function tierIn(cause: EngineCause, setting: CareSetting): PrevalenceTier {
  return cause.prevalenceBySetting?.[setting] ?? cause.prevalenceTier;
}

/** Builds the engine index; throws on a catalog with dangling or duplicate references. */
export function buildEngineIndex(catalog: EngineCatalog, tuning: ModelTuning = DEFAULT_TUNING): EngineIndex {
  const logTierWeight = Object.fromEntries(
    Object.entries(tuning.tierWeight).map(([tier, weight]) => [tier, Math.log(weight)]),
  ) as Record<PrevalenceTier, number>;
  const logSettingPrior = settingPriors(catalog.causes, logTierWeight);
  const prior = logSettingPrior.primary_care.map(Math.exp);
  const attributes = attributeTables(catalog.causes, prior);

  const basisById = new Map<string, FindingBasis>();
  for (const finding of catalog.findings) {
    ensureUnique(basisById, finding.id, 'finding');
    ensureProbability(finding.backgroundFrequency, `finding "${finding.id}" backgroundFrequency`);
    const background = clampProbability(finding.backgroundFrequency);
    const attribute = attributeValueOf(finding.id);
    const group = DEPENDENCE_GROUP_OF.get(finding.id);
    basisById.set(finding.id, {
      finding,
      background,
      leak: clampProbability(Math.min(background, Math.max(tuning.leakFloor, tuning.leakFraction[finding.kind] * background))),
      ...(attribute ? { attribute } : {}),
      ...(group ? { group } : {}),
      implies: [],
    });
  }
  const impliedBy = resolveImplications(basisById);

  const testById = new Map<string, EngineTest>();
  for (const test of catalog.tests) {
    ensureUnique(testById, test.id, 'test');
    testById.set(test.id, test);
  }

  const findingPosition = new Map([...basisById.keys()].map((id, k) => [id, k]));
  const causeById = new Map<string, CauseModel>();
  const listedByFinding = new Map<string, Map<number, number>>();
  const causes = catalog.causes.map((cause, position): CauseModel => {
    ensureUnique(causeById, cause.id, 'cause');
    const findingProbability = new Map<string, number>();
    for (const link of cause.findings) {
      const where = `cause "${cause.id}" finding "${link.findingId}"`;
      if (!basisById.has(link.findingId)) throw new Error(`Engine catalog: ${where} is not a known finding`);
      if (findingProbability.has(link.findingId)) throw new Error(`Engine catalog: ${where} is linked twice`);
      ensureProbability(link.probability, where);
      findingProbability.set(link.findingId, clampProbability(link.probability));
      listedByFinding.set(link.findingId, (listedByFinding.get(link.findingId) ?? new Map()).set(position, clampProbability(link.probability)));
    }
    const linkedTests = new Set<string>();
    for (const link of cause.tests) {
      const where = `cause "${cause.id}" test "${link.testId}"`;
      if (!testById.has(link.testId)) throw new Error(`Engine catalog: ${where} is not a known test`);
      if (linkedTests.has(link.testId)) throw new Error(`Engine catalog: ${where} is linked twice`);
      if (!(link.priority > 0)) throw new Error(`Engine catalog: ${where} has priority ${link.priority}; expected > 0`);
      linkedTests.add(link.testId);
    }
    const typicalFindings = typicalFindingsOf(findingProbability, basisById);
    const model: CauseModel = {
      cause,
      position,
      findingProbability,
      typicalFindings,
      typicalFindingPositions: Int32Array.from(typicalFindings, (f) => findingPosition.get(f.findingId)!),
    };
    causeById.set(cause.id, model);
    return model;
  });

  const attributed = catalog.causes.flatMap((cause, position) => (cause.attributes ? [position] : []));
  const drafts = derivedProbabilities(basisById, { listedByFinding, attributed, attributes });
  const priorSum = sumPriors(logSettingPrior);
  const findingById = new Map<string, FindingModel>();
  for (const [id, basis] of basisById) findingById.set(id, findingModel(basis, drafts.get(id)!, logSettingPrior, priorSum));

  const ruleIds = new Set<string>();
  for (const rule of catalog.rules) {
    if (ruleIds.has(rule.id)) throw new Error(`Engine catalog: duplicate red-flag rule id "${rule.id}"`);
    ruleIds.add(rule.id);
    // An empty group would be "fully present" vacuously and fire for every patient.
    if (rule.triggers.length === 0 || rule.triggers.some((group) => group.length === 0)) {
      throw new Error(`Engine catalog: red-flag rule "${rule.id}" has an empty trigger group`);
    }
    for (const id of rule.triggers.flat()) {
      if (!basisById.has(id)) throw new Error(`Engine catalog: red-flag rule "${rule.id}" trigger "${id}" is not a known finding`);
    }
    for (const id of rule.causeIds) {
      if (!causeById.has(id)) throw new Error(`Engine catalog: red-flag rule "${rule.id}" names unknown cause "${id}"`);
    }
  }
  const rules = [...catalog.rules].sort(
    (a, b) => levelRank(a.level) - levelRank(b.level) || compareText(a.id, b.id),
  );

  const findings = [...findingById.values()];
  const causeNameRank = new Int32Array(causes.length);
  [...causes]
    .sort((a, b) => compareText(a.cause.name, b.cause.name) || a.position - b.position)
    .forEach((model, rank) => (causeNameRank[model.position] = rank));
  return {
    version: catalog.version,
    causes,
    causeById,
    causeNameRank,
    causeTable: buildCauseTable(catalog.causes, CARE_SETTING_LIST, logTierWeight, tierIn),
    findings,
    findingById,
    findingTable: buildFindingTable(findings),
    testById,
    rules,
    rulesByTrigger: rulesByTrigger(rules),
    logTierWeight,
    logSettingPrior,
    attributes,
    impliedBy,
    tuning,
  };
}

function settingPriors(causes: readonly EngineCause[], logTierWeight: Record<PrevalenceTier, number>): Record<CareSetting, Float64Array> {
  const out = {} as Record<CareSetting, Float64Array>;
  for (const setting of CARE_SETTING_LIST) {
    const logs = Float64Array.from(causes, (cause) => logTierWeight[tierIn(cause, setting)]);
    let max = -Infinity;
    for (const x of logs) max = Math.max(max, x);
    let sum = 0;
    for (const x of logs) sum += Math.exp(x - max);
    const normaliser = max + Math.log(sum);
    out[setting] = logs.map((x) => x - normaliser);
  }
  return out;
}

function attributeTables(causes: readonly EngineCause[], prior: Float64Array): Record<AttributeVariable, AttributeTable> {
  const out = {} as Record<AttributeVariable, AttributeTable>;
  for (const variable of ATTRIBUTE_VARIABLES) {
    const values: readonly string[] = CAUSE_ATTRIBUTES[variable];
    const table = new Map<string, Float64Array>();
    // A cause without attributes gets the prior-weighted mixture of those with them: LR about 1.
    let weight = 0;
    const mix = new Map(values.map((v) => [v, 0]));
    causes.forEach((cause, c) => {
      const distribution = cause.attributes?.[variable];
      if (!distribution) return;
      weight += prior[c]!;
      for (const v of values) mix.set(v, mix.get(v)! + prior[c]! * (distribution[v] ?? 0));
    });
    for (const v of values) {
      const fallback = weight > 0 ? mix.get(v)! / weight : 1 / values.length;
      table.set(v, Float64Array.from(causes, (cause) => clampProbability(cause.attributes?.[variable]?.[v] ?? fallback)));
    }
    out[variable] = table;
  }
  return out;
}

/** Fills FindingModel.implies with the transitive closure; returns the inverse. Throws on an unknown id or a cycle. */
function resolveImplications(findingById: Map<string, FindingBasis>): Map<string, string[]> {
  const closure = new Map<string, string[]>();
  const visit = (id: string, path: string[]): string[] => {
    const known = closure.get(id);
    if (known) return known;
    if (path.includes(id)) throw new Error(`Engine catalog: implication cycle ${[...path, id].join(' → ')}`);
    const all = new Set<string>();
    for (const next of findingById.get(id)!.finding.implies ?? []) {
      if (!findingById.has(next)) throw new Error(`Engine catalog: finding "${id}" implies unknown finding "${next}"`);
      all.add(next);
      for (const further of visit(next, [...path, id])) all.add(further);
    }
    const list = [...all];
    closure.set(id, list);
    return list;
  };
  const impliedBy = new Map<string, string[]>();
  for (const [id, model] of findingById) {
    model.implies = visit(id, []);
    for (const target of model.implies) impliedBy.set(target, [...(impliedBy.get(target) ?? []), id]);
  }
  return impliedBy;
}

/** Rule positions by trigger finding id, for finding the few rules a case can fire or leave open. */
export function rulesByTrigger(rules: readonly EngineRedFlagRule[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  rules.forEach((rule, r) => {
    for (const id of new Set(rule.triggers.flat())) out.set(id, [...(out.get(id) ?? []), r]);
  });
  return out;
}

function levelRank(level: EngineRedFlagRule['level']): number {
  return level === 'emergency' ? 0 : 1;
}

function typicalFindingsOf(
  findingProbability: ReadonlyMap<string, number>,
  findingById: ReadonlyMap<string, FindingBasis>,
): readonly TypicalFinding[] {
  const typical: TypicalFinding[] = [];
  for (const [findingId, probability] of findingProbability) {
    if (probability < TYPICAL_FINDING_PROBABILITY) continue;
    typical.push({ findingId, label: findingById.get(findingId)!.finding.label, probability });
  }
  // Frozen: a ranked cause with none of them asked yet hands out this very list.
  return Object.freeze(typical.sort((a, b) => b.probability - a.probability || compareText(a.label, b.label)).map((f) => Object.freeze(f)));
}

function ensureUnique(seen: ReadonlyMap<string, unknown>, id: string, what: string): void {
  if (seen.has(id)) throw new Error(`Engine catalog: duplicate ${what} id "${id}"`);
}

// Clamping guards the extremes of valid data; a value outside [0, 1] is a data error, not an extreme.
function ensureProbability(value: number, where: string): void {
  if (!(value >= 0 && value <= 1)) throw new Error(`Engine catalog: ${where} probability ${value} is outside [0, 1]`);
}
