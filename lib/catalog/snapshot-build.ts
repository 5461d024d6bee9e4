// Turns the catalog's rows into the in-memory snapshot: lookups by id, the engine index and the
// finding search index. Pure, so it can be tested without a database.
import { buildEngineIndex, compareText, type EngineIndex } from '../engine/index';
import type { EngineCatalog } from '../engine/types';
import { buildFindingSearchIndex, type FindingSearchIndex } from '../search/findings';
import { normaliseText } from '../search/normalise';
import type {
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

/** A red-flag rule as stored: trigger rows carry their group number. */
export interface StoredRedFlagRule {
  id: string;
  name: string;
  level: 'emergency' | 'urgent';
  message: string;
  action: string;
  triggers: { group: number; findingId: string }[];
  causeIds: string[];
}

/** Everything the snapshot is built from, as decoded rows. */
export interface SnapshotData {
  version: string;
  seededAt: string | null;
  findings: CatalogFinding[];
  causes: CauseSummary[];
  tests: CatalogTest[];
  treatments: CatalogTreatment[];
  findingLinks: CauseFindingLink[];
  testLinks: CauseTestLink[];
  treatmentLinks: CauseTreatmentLink[];
  rules: StoredRedFlagRule[];
  references: CatalogReference[];
}

/** The whole catalog in memory, shared by every request until the catalog changes. */
export interface CatalogSnapshot {
  version: string;
  seededAt: string | null;
  /** Ordered by label. */
  findings: readonly CatalogFinding[];
  findingById: ReadonlyMap<string, CatalogFinding>;
  /** Ordered by name. */
  causes: readonly CauseSummary[];
  causeById: ReadonlyMap<string, CauseSummary>;
  /** Ordered by name. */
  tests: readonly CatalogTest[];
  testById: ReadonlyMap<string, CatalogTest>;
  /** Ordered by name. */
  treatments: readonly CatalogTreatment[];
  treatmentById: ReadonlyMap<string, CatalogTreatment>;
  /** Emergency first, then by id (the order alerts are reported in). */
  rules: readonly RedFlagRuleView[];
  referenceById: ReadonlyMap<string, CatalogReference>;
  findingLinks: readonly CauseFindingLink[];
  testLinks: readonly CauseTestLink[];
  treatmentLinks: readonly CauseTreatmentLink[];
  engine: EngineIndex;
  search: FindingSearchIndex<CatalogFinding>;
}

/** Display order for names and labels: case- and accent-insensitive, then code point (locale-independent). */
export function compareLabels(a: string, b: string): number {
  return compareText(normaliseText(a), normaliseText(b)) || compareText(a, b);
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
  return {
    version: data.version,
    findings: data.findings.map(({ id, label, kind, backgroundFrequency }) => ({ id, label, kind, backgroundFrequency })),
    tests: data.tests.map(({ id, name, kind, codes, timing, synonyms }) => ({ id, name, kind, codes, synonyms, ...(timing ? { timing } : {}) })),
    causes: data.causes.map((cause) => ({
      id: cause.id,
      name: cause.name,
      icd10: cause.icd10,
      urgency: cause.urgency,
      cantMiss: cause.cantMiss,
      prevalenceTier: cause.prevalenceTier,
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

/** Builds the snapshot; throws if the rows do not form a consistent catalog. */
export function buildCatalogSnapshot(data: SnapshotData): CatalogSnapshot {
  const engine = buildEngineIndex(toEngineCatalog(data));
  const findings = [...data.findings].sort((a, b) => compareLabels(a.label, b.label) || compareText(a.id, b.id));
  const causes = [...data.causes].sort((a, b) => compareLabels(a.name, b.name));
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
    seededAt: data.seededAt,
    findings,
    findingById,
    causes,
    causeById,
    tests,
    testById: byId(tests),
    treatments,
    treatmentById: byId(treatments),
    rules,
    referenceById: byId(data.references),
    findingLinks: data.findingLinks,
    testLinks: data.testLinks,
    treatmentLinks: data.treatmentLinks,
    engine,
    search: buildFindingSearchIndex(findings),
  };
}
