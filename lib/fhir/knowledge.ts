// The catalog knowledge FHIR reading needs, built once per catalog snapshot.
import type { CatalogSnapshot } from '../catalog/snapshot-build';
import { findingCodeIndex } from './case-from-fhir';
import type { MeasurementReader } from './lab-results';
import { catalogMeasurementReader } from './measurements';

export interface ReadKnowledge {
  findingsByCode: ReadonlyMap<string, readonly string[]>;
  knownFindingIds: ReadonlySet<string>;
  measurements: MeasurementReader;
}

const cache = new WeakMap<CatalogSnapshot, ReadKnowledge>();

/** Code index, finding ids and measurement reader for a snapshot (cached per snapshot). */
export function readKnowledgeOf(snapshot: CatalogSnapshot): ReadKnowledge {
  let knowledge = cache.get(snapshot);
  if (!knowledge) {
    const knownFindingIds = new Set(snapshot.findings.map((f) => f.id));
    knowledge = { findingsByCode: findingCodeIndex(snapshot.findings), knownFindingIds, measurements: catalogMeasurementReader(knownFindingIds) };
    cache.set(snapshot, knowledge);
  }
  return knowledge;
}
