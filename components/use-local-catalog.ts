'use client';
// The catalog in the browser: the published snapshot of the version the page was rendered with,
// fetched once (an immutable, cacheable asset) and built with the same code the server uses, so
// every edit can be ranked here without sending the case anywhere. The engine's code comes in its
// own chunk, fetched alongside the snapshot, so that the page's first-load JavaScript stays small.
import { useEffect, useState } from 'react';
import type { DifferentialResponse } from '@/lib/catalog/differential';
import { snapshotAssetPath } from '@/lib/catalog/snapshot-asset';
import type { CatalogSnapshot, SnapshotData } from '@/lib/catalog/snapshot-build';
import type { TDifferentialCase } from '@/lib/schemas/api';

/** The loaded catalog and the engine that ranks a case on it. */
export interface LocalCatalog {
  snapshot: CatalogSnapshot;
  /** The differential for a checked case, as the API computes it (throws on a case the catalog rejects). */
  rank: (input: TDifferentialCase) => DifferentialResponse;
}

const loads = new Map<string, Promise<LocalCatalog | null>>();

async function fetchSnapshot(version: string): Promise<SnapshotData | null> {
  const response = await fetch(snapshotAssetPath(version), { headers: { Accept: 'application/json' } });
  return response.ok ? ((await response.json()) as SnapshotData) : null;
}

/** The built catalog of `version`, shared by every caller; null if it cannot be had (the API then serves). */
export function loadLocalCatalog(version: string): Promise<LocalCatalog | null> {
  let load = loads.get(version);
  if (!load) {
    load = Promise.all([fetchSnapshot(version), import('@/lib/catalog/snapshot-build'), import('@/lib/catalog/differential')])
      .then(([data, { buildCatalogSnapshot }, { differentialOn }]) => {
        const snapshot = data ? buildCatalogSnapshot(data) : null;
        return snapshot && snapshot.version === version ? { snapshot, rank: (input: TDifferentialCase) => differentialOn(snapshot, input) } : null;
      })
      .catch(() => null)
      .then((local) => {
        if (!local) loads.delete(version); // try again on a later mount
        return local;
      });
    loads.set(version, load);
  }
  return load;
}

/** The local catalog once it has loaded (null until then, or when it is unavailable). */
export function useLocalCatalog(version: string): LocalCatalog | null {
  const [local, setLocal] = useState<LocalCatalog | null>(null);
  useEffect(() => {
    let live = true;
    void loadLocalCatalog(version).then((loaded) => {
      if (live) setLocal(loaded);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return local;
}
