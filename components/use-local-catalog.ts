'use client';
// The catalog in the browser: the published snapshot of the version the page was rendered with,
// fetched once (an immutable, cacheable asset) and built with the same code the server uses, so
// every edit can be ranked here without sending the case anywhere.
import { useEffect, useState } from 'react';
import { snapshotAssetPath } from '@/lib/catalog/snapshot-asset';
import { buildCatalogSnapshot, type CatalogSnapshot, type SnapshotData } from '@/lib/catalog/snapshot-build';

const loads = new Map<string, Promise<CatalogSnapshot | null>>();

/** The built snapshot of `version`, shared by every caller; null if it cannot be had (the API then serves). */
export function loadLocalCatalog(version: string): Promise<CatalogSnapshot | null> {
  let load = loads.get(version);
  if (!load) {
    load = fetch(snapshotAssetPath(version), { headers: { Accept: 'application/json' } })
      .then(async (response) => (response.ok ? buildCatalogSnapshot((await response.json()) as SnapshotData) : null))
      .catch(() => null)
      .then((snapshot) => {
        if (!snapshot || snapshot.version !== version) loads.delete(version); // try again on a later mount
        return snapshot && snapshot.version === version ? snapshot : null;
      });
    loads.set(version, load);
  }
  return load;
}

/** The local catalog once it has loaded (null until then, or when it is unavailable). */
export function useLocalCatalog(version: string): CatalogSnapshot | null {
  const [snapshot, setSnapshot] = useState<CatalogSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    void loadLocalCatalog(version).then((loaded) => {
      if (live) setSnapshot(loaded);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return snapshot;
}
