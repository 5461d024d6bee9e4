// The catalog snapshot the app serves from: loaded from the database once, shared by every
// request, and swapped for a fresh one when the seed writes a new version stamp. Checking the
// stamp happens in the background at most every few seconds, so ranking never waits on it.
import 'server-only';
import { prisma } from '../db';
import { buildCatalogSnapshot, type CatalogSnapshot } from './snapshot-build';
import { createVersionedCache, type VersionedCache } from './snapshot-cache';
import { readCatalogVersion, readSnapshotData } from './snapshot-load';

export type { CatalogSnapshot } from './snapshot-build';

/** How often a request may trigger a background check of the catalog version. */
export const CATALOG_CHECK_INTERVAL_MS = 5_000;

// On globalThis so that every route bundle and dev hot reload share one snapshot per process.
const globalForCatalog = globalThis as unknown as { numbdxCatalog?: VersionedCache<CatalogSnapshot> };

const cache: VersionedCache<CatalogSnapshot> = (globalForCatalog.numbdxCatalog ??= createVersionedCache({
  load: async () => buildCatalogSnapshot(await readSnapshotData(prisma)),
  readVersion: () => readCatalogVersion(prisma),
  checkIntervalMs: CATALOG_CHECK_INTERVAL_MS,
  now: () => Date.now(), // read at call time, so tests can move the clock
  // The message names the database problem only; no request data is involved in a refresh.
  onRefreshError: (error) => console.error(`Catalog refresh failed, serving the loaded catalog: ${error instanceof Error ? error.message : String(error)}`),
}));

/** The whole catalog in memory (lookups, engine index, finding search index); loaded once, refreshed on a new seed. */
export function getCatalogSnapshot(): Promise<CatalogSnapshot> {
  return cache.get();
}

/** The snapshot in use without loading one (undefined before the first load): for health checks. */
export function peekCatalogSnapshot(): CatalogSnapshot | undefined {
  return cache.peek();
}

/** Forgets the loaded snapshot so the next call reloads it (for tests and scripts that reseed). */
export function clearCatalogSnapshot(): void {
  cache.clear();
}
