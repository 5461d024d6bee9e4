// Turns the catalog's rows into the in-memory snapshot: lookups by id, the engine index and the
// finding search index. Pure, so it can be tested without a database.
import { buildEngineIndex, type EngineIndex } from '../engine/engine-index';
import type { CareSetting, CauseAttributes, EngineCatalog, PrevalenceTier } from '../engine/types';
import { buildFindingSearchIndex, type FindingSearchIndex } from '../search/findings';
import { compareLabels, compareText } from '../search/normalise';
import type {
  CatalogAdvice,
  CatalogCause,
  CatalogFinding,
  CatalogReference,
  CatalogTest,
  CatalogTreatment,
  CauseFindingLink,
  CauseSummary,
  CauseTestLink,
  CauseTreatmentLink,
  RedFlagRuleView,
} from './types';
import type { AlertLevel } from '../vocabulary';

/** A red-flag rule as stored: trigger rows carry their group number. */
export interface StoredRedFlagRule {
  id: string;
  name: string;
  level: AlertLevel;
  message: string;
  action: string;
  triggers: { group: number; findingId: string }[];
  causeIds: string[];
}

/** Model fields the lists do not show: per-cause setting tiers and attributes, per-finding implications. */
export interface SnapshotModelData {
  causes: { id: string; prevalenceBySetting?: Record<CareSetting, PrevalenceTier>; attributes?: CauseAttributes }[];
  findings: { id: string; implies: string[] }[];
}

/** Everything the snapshot is built from, as decoded rows. */
export interface SnapshotData {
  version: string;
  seededAt: string | null;
  findings: CatalogFinding[];
  causes: CatalogCause[];
  tests: CatalogTest[];
  treatments: CatalogTreatment[];
  findingLinks: CauseFindingLink[];
  testLinks: CauseTestLink[];
  treatmentLinks: CauseTreatmentLink[];
  rules: StoredRedFlagRule[];
  references: CatalogReference[];
  /** Absent in catalogs from before the model fields (the engine is then neutral on them). */
  model?: SnapshotModelData;
  causeReferences: { causeId: string; referenceId: string }[];
  testReferences: { testId: string; referenceId: string }[];
  treatmentReferences: { treatmentId: string; referenceId: string }[];
  advice: CatalogAdvice[];
}

/** The whole catalog in memory, shared by every request until the catalog changes. */
export interface CatalogSnapshot {
  version: string;
  /** The rows it was built from (the browser's copy is published from them, see snapshot-asset.ts). */
  source: SnapshotData;
  seededAt: string | null;
  /** Ordered by label. */
  findings: readonly CatalogFinding[];
  findingById: ReadonlyMap<string, CatalogFinding>;
  /** Ordered by name; the fields lists show. */
  causes: readonly CauseSummary[];
  /** Everything a cause page shows besides its links. */
  causeById: ReadonlyMap<string, CatalogCause>;
  /** Ordered by name. */
  tests: readonly CatalogTest[];
  testById: ReadonlyMap<string, CatalogTest>;
  /** Ordered by name. */
  treatments: readonly CatalogTreatment[];
  treatmentById: ReadonlyMap<string, CatalogTreatment>;
  /** Emergency first, then by id (the order alerts are reported in). */
  rules: readonly RedFlagRuleView[];
  referenceById: ReadonlyMap<string, CatalogReference>;
  /** The references each cause, test and treatment cites, newest first. */
  referencesByCause: ReadonlyMap<string, readonly CatalogReference[]>;
  referencesByTest: ReadonlyMap<string, readonly CatalogReference[]>;
  referencesByTreatment: ReadonlyMap<string, readonly CatalogReference[]>;
  /** In catalog order. */
  advice: readonly CatalogAdvice[];
  findingLinks: readonly CauseFindingLink[];
  testLinks: readonly CauseTestLink[];
  treatmentLinks: readonly CauseTreatmentLink[];
  engine: EngineIndex;
  search: FindingSearchIndex<CatalogFinding>;
}

/** The fields of a cause that lists show. */
export function causeSummary(cause: CatalogCause): CauseSummary {
  const { id, name, synonyms, category, urgency, cantMiss, prevalenceTier, typicalAge, typicalSex, onset, laterality, summary, icd10, codes } = cause;
  return { id, name, synonyms, category, urgency, cantMiss, prevalenceTier, typicalAge, typicalSex, onset, laterality, summary, icd10, codes };
}

/** Newest first, then by title: the order every reference list uses. */
export function compareReferences(a: CatalogReference, b: CatalogReference): number {
  return b.year - a.year || compareText(a.title, b.title);
}

/** Owner id → the references it cites (unknown ids skipped), newest first. */
function referencesBy(links: readonly { owner: string; referenceId: string }[], referenceById: ReadonlyMap<string, CatalogReference>) {
  const grouped = new Map<string, CatalogReference[]>();
  for (const { owner, referenceId } of links) {
    const reference = referenceById.get(referenceId);
    if (reference) grouped.set(owner, [...(grouped.get(owner) ?? []), reference]);
  }
  for (const list of grouped.values()) list.sort(compareReferences);
  return grouped;
}

const byId = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> => new Map(items.map((item) => [item.id, item]));

/** Groups trigger rows into the engine's string[][] (group order kept, gaps closed). */
export function triggerGroups(triggers: readonly { group: number; findingId: string }[]): string[][] {
  const groups = new Map<number, string[]>();
  for (const t of [...triggers].sort((a, b) => a.group - b.group || compareText(a.findingId, b.findingId))) {
    groups.set(t.group, [...(groups.get(t.group) ?? []), t.findingId]);
  }
  return [...groups.values()];
}

/** The engine's plain-data view of the catalog. */
export function toEngineCatalog(data: SnapshotData): EngineCatalog {
  const impliesOf = new Map(data.model?.findings.map((f) => [f.id, f.implies]));
  const causeModelOf = new Map(data.model?.causes.map((c) => [c.id, c]));
  return {
    version: data.version,
    findings: data.findings.map(({ id, label, kind, backgroundFrequency }) => {
      const implies = impliesOf.get(id);
      return { id, label, kind, backgroundFrequency, ...(implies?.length ? { implies } : {}) };
    }),
    tests: data.tests.map(({ id, name, kind, codes, timing, synonyms }) => ({ id, name, kind, codes, synonyms, ...(timing ? { timing } : {}) })),
    causes: data.causes.map((cause) => ({
      id: cause.id,
      name: cause.name,
      icd10: cause.icd10,
      urgency: cause.urgency,
      cantMiss: cause.cantMiss,
      prevalenceTier: cause.prevalenceTier,
      ...pickModelFields(causeModelOf.get(cause.id)),
      typicalAge: { min: cause.typicalAge.min, max: cause.typicalAge.max },
      typicalSex: cause.typicalSex,
      findings: data.findingLinks
        .filter((l) => l.causeId === cause.id)
        .map(({ findingId, probability, evidence }) => ({ findingId, probability, evidence })),
      tests: data.testLinks
        .filter((l) => l.causeId === cause.id)
        .map(({ testId, role, priority, supportingResult }) => ({ testId, role, priority, supportingResult })),
    })),
    rules: data.rules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      level: rule.level,
      message: rule.message,
      action: rule.action,
      triggers: triggerGroups(rule.triggers),
      causeIds: [...rule.causeIds].sort(compareText),
    })),
  };
}

function pickModelFields(model: SnapshotModelData['causes'][number] | undefined) {
  return {
    ...(model?.prevalenceBySetting ? { prevalenceBySetting: model.prevalenceBySetting } : {}),
    ...(model?.attributes ? { attributes: model.attributes } : {}),
  };
}

/** Builds the snapshot; throws if the rows do not form a consistent catalog. */
export function buildCatalogSnapshot(data: SnapshotData): CatalogSnapshot {
  const engine = buildEngineIndex(toEngineCatalog(data));
  const findings = [...data.findings].sort((a, b) => compareLabels(a.label, b.label) || compareText(a.id, b.id));
  const causes = [...data.causes].sort((a, b) => compareLabels(a.name, b.name));
  const referenceById = byId(data.references);
  const tests = [...data.tests].sort((a, b) => compareLabels(a.name, b.name));
  const treatments = [...data.treatments].sort((a, b) => compareLabels(a.name, b.name));
  const findingById = byId(findings);
  const causeById = byId(causes);
  const rules = engine.rules.map(
    (rule): RedFlagRuleView => ({
      id: rule.id,
      name: rule.name,
      level: rule.level,
      message: rule.message,
      action: rule.action,
      triggers: rule.triggers.map((group) => group.map((findingId) => ({ findingId, label: findingById.get(findingId)!.label }))),
      causes: rule.causeIds.map((id) => ({ id, name: causeById.get(id)!.name })),
    }),
  );
  return {
    version: data.version,
    source: data,
    seededAt: data.seededAt,
    findings,
    findingById,
    causes: causes.map(causeSummary),
    causeById,
    tests,
    testById: byId(tests),
    treatments,
    treatmentById: byId(treatments),
    rules,
    referenceById,
    referencesByCause: referencesBy(data.causeReferences.map((r) => ({ owner: r.causeId, referenceId: r.referenceId })), referenceById),
    referencesByTest: referencesBy(data.testReferences.map((r) => ({ owner: r.testId, referenceId: r.referenceId })), referenceById),
    referencesByTreatment: referencesBy(data.treatmentReferences.map((r) => ({ owner: r.treatmentId, referenceId: r.referenceId })), referenceById),
    advice: [...data.advice].sort((a, b) => a.sortKey - b.sortKey),
    findingLinks: data.findingLinks,
    testLinks: data.testLinks,
    treatmentLinks: data.treatmentLinks,
    engine,
    search: buildFindingSearchIndex(findings),
  };
}
