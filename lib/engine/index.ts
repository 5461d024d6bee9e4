// Precomputes everything ranking needs, once per catalog, so that a request does no searching:
// per-finding arrays aligned to cause positions turn Bayes updates into array additions.
import { binaryEntropy } from './entropy';
import { clampProbability, PREVALENCE_TIER_WEIGHT, TYPICAL_FINDING_PROBABILITY } from './parameters';
import type {
  EngineCatalog,
  EngineCause,
  EngineFinding,
  EngineRedFlagRule,
  EngineTest,
  PrevalenceTier,
} from './types';

/** A finding with its per-cause quantities, arrays indexed by cause position. */
export interface FindingModel {
  finding: EngineFinding;
  /** Clamped background frequency, used as P(f | not c). */
  background: number;
  /** Clamped P(f|c); the background frequency where the cause does not list the finding. */
  probabilityByCause: Float64Array;
  /** ln LR when present: ln(P(f|c) / P(f|¬c)); exactly 0 where the cause does not list it. */
  logLrPresent: Float64Array;
  /** ln LR when absent: ln((1 − P(f|c)) / (1 − P(f|¬c))); exactly 0 where not listed. */
  logLrAbsent: Float64Array;
  /** Binary entropy (bits) of P(f|c), for expected information gain. */
  entropyByCause: Float64Array;
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
}

/** The catalog in lookup-ready form; build once, share across requests (it is never mutated). */
export interface EngineIndex {
  version: string;
  causes: readonly CauseModel[];
  causeById: ReadonlyMap<string, CauseModel>;
  findings: readonly FindingModel[];
  findingById: ReadonlyMap<string, FindingModel>;
  testById: ReadonlyMap<string, EngineTest>;
  /** Red-flag rules, emergency first, then by id: the order alerts are reported in. */
  rules: readonly EngineRedFlagRule[];
  /** ln of PREVALENCE_TIER_WEIGHT per tier. */
  logTierWeight: Readonly<Record<PrevalenceTier, number>>;
}

/** Builds the engine index; throws on a catalog with dangling or duplicate references. */
export function buildEngineIndex(catalog: EngineCatalog): EngineIndex {
  const findingById = new Map<string, FindingModel>();
  const causeCount = catalog.causes.length;
  for (const finding of catalog.findings) {
    ensureUnique(findingById, finding.id, 'finding');
    ensureProbability(finding.backgroundFrequency, `finding "${finding.id}" backgroundFrequency`);
    const background = clampProbability(finding.backgroundFrequency);
    findingById.set(finding.id, {
      finding,
      background,
      probabilityByCause: new Float64Array(causeCount).fill(background),
      logLrPresent: new Float64Array(causeCount),
      logLrAbsent: new Float64Array(causeCount),
      entropyByCause: new Float64Array(causeCount).fill(binaryEntropy(background)),
    });
  }

  const testById = new Map<string, EngineTest>();
  for (const test of catalog.tests) {
    ensureUnique(testById, test.id, 'test');
    testById.set(test.id, test);
  }

  const causeById = new Map<string, CauseModel>();
  const causes = catalog.causes.map((cause, position): CauseModel => {
    ensureUnique(causeById, cause.id, 'cause');
    const findingProbability = new Map<string, number>();
    for (const link of cause.findings) {
      const where = `cause "${cause.id}" finding "${link.findingId}"`;
      const model = findingById.get(link.findingId);
      if (!model) throw new Error(`Engine catalog: ${where} is not a known finding`);
      if (findingProbability.has(link.findingId)) throw new Error(`Engine catalog: ${where} is linked twice`);
      ensureProbability(link.probability, where);
      const p = clampProbability(link.probability);
      findingProbability.set(link.findingId, p);
      model.probabilityByCause[position] = p;
      model.logLrPresent[position] = Math.log(p / model.background);
      model.logLrAbsent[position] = Math.log((1 - p) / (1 - model.background));
      model.entropyByCause[position] = binaryEntropy(p);
    }
    const linkedTests = new Set<string>();
    for (const link of cause.tests) {
      const where = `cause "${cause.id}" test "${link.testId}"`;
      if (!testById.has(link.testId)) throw new Error(`Engine catalog: ${where} is not a known test`);
      if (linkedTests.has(link.testId)) throw new Error(`Engine catalog: ${where} is linked twice`);
      if (!(link.priority > 0)) throw new Error(`Engine catalog: ${where} has priority ${link.priority}; expected > 0`);
      linkedTests.add(link.testId);
    }
    const model: CauseModel = {
      cause,
      position,
      findingProbability,
      typicalFindings: typicalFindingsOf(findingProbability, findingById),
    };
    causeById.set(cause.id, model);
    return model;
  });

  const ruleIds = new Set<string>();
  for (const rule of catalog.rules) {
    if (ruleIds.has(rule.id)) throw new Error(`Engine catalog: duplicate red-flag rule id "${rule.id}"`);
    ruleIds.add(rule.id);
    // An empty group would be "fully present" vacuously and fire for every patient.
    if (rule.triggers.length === 0 || rule.triggers.some((group) => group.length === 0)) {
      throw new Error(`Engine catalog: red-flag rule "${rule.id}" has an empty trigger group`);
    }
    for (const id of rule.triggers.flat()) {
      if (!findingById.has(id)) throw new Error(`Engine catalog: red-flag rule "${rule.id}" trigger "${id}" is not a known finding`);
    }
    for (const id of rule.causeIds) {
      if (!causeById.has(id)) throw new Error(`Engine catalog: red-flag rule "${rule.id}" names unknown cause "${id}"`);
    }
  }
  const rules = [...catalog.rules].sort(
    (a, b) => levelRank(a.level) - levelRank(b.level) || compareText(a.id, b.id),
  );

  const logTierWeight = Object.fromEntries(
    Object.entries(PREVALENCE_TIER_WEIGHT).map(([tier, weight]) => [tier, Math.log(weight)]),
  ) as Record<PrevalenceTier, number>;

  return {
    version: catalog.version,
    causes,
    causeById,
    findings: [...findingById.values()],
    findingById,
    testById,
    rules,
    logTierWeight,
  };
}

/** Code-point comparison: deterministic across locales and runtimes, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function levelRank(level: EngineRedFlagRule['level']): number {
  return level === 'emergency' ? 0 : 1;
}

function typicalFindingsOf(
  findingProbability: ReadonlyMap<string, number>,
  findingById: ReadonlyMap<string, FindingModel>,
): TypicalFinding[] {
  const typical: TypicalFinding[] = [];
  for (const [findingId, probability] of findingProbability) {
    if (probability < TYPICAL_FINDING_PROBABILITY) continue;
    typical.push({ findingId, label: findingById.get(findingId)!.finding.label, probability });
  }
  return typical.sort((a, b) => b.probability - a.probability || compareText(a.label, b.label));
}

function ensureUnique(seen: ReadonlyMap<string, unknown>, id: string, what: string): void {
  if (seen.has(id)) throw new Error(`Engine catalog: duplicate ${what} id "${id}"`);
}

// Clamping guards the extremes of valid data; a value outside [0, 1] is a data error, not an extreme.
function ensureProbability(value: number, where: string): void {
  if (!(value >= 0 && value <= 1)) throw new Error(`Engine catalog: ${where} probability ${value} is outside [0, 1]`);
}
