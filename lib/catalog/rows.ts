// The catalog's data files as table rows: what the seed writes and what a database-free
// snapshot (benchmarks, tests) is built from. Pure, no Prisma.
import type { CatalogData } from '../schemas/catalog';

/** References with absent url/doi as null, as the table stores them. */
export function referenceRows(data: CatalogData) {
  return data.references.map((r) => ({ ...r, url: r.url ?? null, doi: r.doi ?? null }));
}

/** Findings with absent region/description as null. */
export function findingRows(data: CatalogData) {
  return data.findings.map((f) => ({ ...f, region: f.region ?? null, description: f.description ?? null }));
}

/** One row per cause–finding link: P(finding | cause), its evidence and reference. */
export function findingLinkRows(data: CatalogData) {
  return data.causes.flatMap((c) =>
    c.findings.map((l) => ({
      causeId: c.id,
      findingId: l.finding,
      probability: l.probability,
      evidence: l.evidence,
      referenceId: l.reference ?? null,
      note: l.note ?? null,
    })),
  );
}

/** One row per cause–test link. */
export function testLinkRows(data: CatalogData) {
  return data.causes.flatMap((c) => c.tests.map(({ test, ...t }) => ({ causeId: c.id, testId: test, ...t })));
}

/** One row per cause–treatment link. */
export function treatmentLinkRows(data: CatalogData) {
  return data.causes.flatMap((c) =>
    c.treatments.map(({ treatment, dose, notes, ...t }) => ({ causeId: c.id, treatmentId: treatment, dose: dose ?? null, notes: notes ?? null, ...t })),
  );
}

/** One row per finding of each red-flag trigger group (a finding repeated in a group counts once). */
export function triggerRows(data: CatalogData) {
  return data.redFlags.flatMap((rule) =>
    rule.triggers.flatMap((group, index) => [...new Set(group)].map((findingId) => ({ ruleId: rule.id, group: index, findingId }))),
  );
}

/** Tests without their reference list (a join table of its own). */
export function testRows(data: CatalogData) {
  return data.tests.map(({ references: _refs, ...t }) => t);
}

/** Treatments without their reference list (a join table of its own). */
export function treatmentRows(data: CatalogData) {
  return data.treatments.map(({ references: _refs, ...t }) => t);
}

/** Causes without their link lists (each a table of its own). */
export function causeRows(data: CatalogData) {
  return data.causes.map(({ findings: _f, tests: _t, treatments: _tr, references: _r, ...cause }) => cause);
}

/** One row per reference a cause cites. */
export function causeReferenceRows(data: CatalogData) {
  return data.causes.flatMap((c) => c.references.map((referenceId) => ({ causeId: c.id, referenceId })));
}

/** One row per reference a test cites. */
export function testReferenceRows(data: CatalogData) {
  return data.tests.flatMap((t) => t.references.map((referenceId) => ({ testId: t.id, referenceId })));
}

/** One row per reference a treatment cites. */
export function treatmentReferenceRows(data: CatalogData) {
  return data.treatments.flatMap((t) => t.references.map((referenceId) => ({ treatmentId: t.id, referenceId })));
}

/** Red-flag rules without their triggers and causes (tables of their own). */
export function redFlagRuleRows(data: CatalogData) {
  return data.redFlags.map(({ triggers: _t, causes: _c, ...rule }) => rule);
}

/** One row per cause a red-flag rule names. */
export function redFlagCauseRows(data: CatalogData) {
  return data.redFlags.flatMap((rule) => rule.causes.map((causeId) => ({ ruleId: rule.id, causeId })));
}

/** Advice in file order (sortKey keeps that order in the table). */
export function adviceRows(data: CatalogData) {
  return data.advice.map(({ causes, ...a }, index) => ({ ...a, causeIds: causes, sortKey: index }));
}
