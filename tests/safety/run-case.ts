// Runs a SafetyCase through the same pipeline the app serves (catalog files → snapshot rows →
// engine index → differential), without a database, and says which expectations fail.
import { loadCatalog } from '../../lib/catalog/files';
import { buildCatalogSnapshot } from '../../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { computeDifferential, type DifferentialResult } from '../../lib/engine/differential';
import type { EngineIndex } from '../../lib/engine/engine-index';
import type { SafetyCase } from './safety-case';

/** The engine index of the real catalog, built as the app builds it. */
export function realCatalogIndex(): EngineIndex {
  return buildCatalogSnapshot(snapshotDataFromFiles(loadCatalog().data)).engine;
}

/** Highest level among fired alerts. */
export function highestAlert(result: DifferentialResult): SafetyCase['expect']['alert'] {
  if (result.alerts.some((a) => a.level === 'emergency')) return 'emergency';
  return result.alerts.length > 0 ? 'urgent' : 'none';
}

/** The differential for a case, and every expectation it breaks (empty when the case passes). */
export function checkSafetyCase(index: EngineIndex, c: SafetyCase): { result: DifferentialResult; failures: string[] } {
  const result = computeDifferential(index, { present: c.present, absent: c.absent ?? [], age: c.age, sex: c.sex });
  const failures: string[] = [];
  const fired = result.alerts.map((a) => a.ruleId);
  const level = highestAlert(result);
  if (level !== c.expect.alert) failures.push(`alert level is ${level}, expected ${c.expect.alert} (fired: ${fired.join(', ') || 'none'})`);
  for (const id of c.expect.rules ?? []) if (!fired.includes(id)) failures.push(`rule ${id} did not fire (fired: ${fired.join(', ') || 'none'})`);
  for (const id of c.expect.notRules ?? []) if (fired.includes(id)) failures.push(`rule ${id} fired but must not`);
  const listed = result.cantMiss.map((m) => m.id);
  for (const id of c.expect.cantMiss ?? []) {
    if (!listed.includes(id)) failures.push(`${id} is not on the can't-miss list (${listed.join(', ') || 'empty'})`);
  }
  for (const [id, worst] of Object.entries(c.expect.maxRank ?? {})) {
    const rank = result.causes.findIndex((cause) => cause.id === id) + 1;
    if (rank === 0) failures.push(`${id} is not a cause in the catalog`);
    else if (rank > worst) failures.push(`${id} ranks ${rank}, worse than ${worst}`);
  }
  return { result, failures };
}
