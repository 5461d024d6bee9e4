// The ranking path and the typeahead on the real catalog (prisma/catalog), without a database:
// what one /api/differential or /api/findings request costs once the snapshot is in memory.
import { bench, describe } from 'vitest';
import { differentialOn } from '../lib/catalog/differential';
import { loadCatalog } from '../lib/catalog/files';
import { buildCatalogSnapshot } from '../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../lib/catalog/snapshot-from-files';
import { searchFindings } from '../lib/search/findings';

const rows = snapshotDataFromFiles(loadCatalog().data);
const snapshot = buildCatalogSnapshot(rows);

const OFFICE_WORKER = {
  present: ['radiating-leg-pain', 'back-pain', 'numbness-one-leg', 'slr-positive', 'prolonged-sitting', 'l5-sensory-loss'],
  absent: ['saddle-anaesthesia', 'urinary-retention', 'fever'],
  age: 45,
  sex: 'female' as const,
  limit: 10,
};
const QUERIES = ['slr', 'pins and needles', "can't feel feet", 'ankle refl', 'hba1c', 'numbnes', 'saddle'];

describe(`real catalog (${snapshot.causes.length} causes, ${snapshot.findings.length} findings)`, () => {
  bench('differential: office worker, 6 present + 3 absent', () => {
    differentialOn(snapshot, OFFICE_WORKER);
  });
  bench('differential: empty case', () => {
    differentialOn(snapshot, { present: [], absent: [], limit: 10 });
  });
  bench(`finding search: ${QUERIES.length} queries`, () => {
    for (const q of QUERIES) searchFindings(snapshot.search, q, 10);
  });
  bench('snapshot build (once per catalog version)', () => {
    buildCatalogSnapshot(rows);
  });
});
