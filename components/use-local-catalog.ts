'use client';
// The catalog in the browser: the published snapshot of the version the page was rendered with,
// fetched once (an immutable, cacheable asset) and built with the same code the server uses, so
// every edit can be ranked here without sending the case anywhere. The engine's code is a chunk
// of its own, fetched in parallel with the asset, so the page's first load does not carry it.
import { useEffect, useState } from 'react';
import { snapshotAssetPath } from '@/lib/catalog/snapshot-asset';
import type { SnapshotData } from '@/lib/catalog/snapshot-build';
import type { LocalEngine } from './local-engine';

const loads = new Map<string, Promise<LocalEngine | null>>();

/** The local engine for `version`, shared by every caller; null if it cannot be had now (a later call tries again). */
export function loadLocalCatalog(version: string): Promise<LocalEngine | null> {
  let load = loads.get(version);
  if (!load) {
    const data = fetch(snapshotAssetPath(version), { headers: { Accept: 'application/json' } }).then((response) =>
      response.ok ? (response.json() as Promise<SnapshotData>) : null,
    );
    load = Promise.all([data, import('./local-engine')])
      .then(([snapshot, engine]) => (snapshot ? engine.buildLocalEngine(snapshot) : null))
      .catch(() => null)
      .then((engine) => {
        if (!engine || engine.version !== version) loads.delete(version); // try again on a later mount
        return engine && engine.version === version ? engine : null;
      });
    loads.set(version, load);
  }
  return load;
}

/** The local engine once it has loaded (null until then, or when it is unavailable). */
export function useLocalCatalog(version: string): LocalEngine | null {
  const [engine, setEngine] = useState<LocalEngine | null>(null);
  useEffect(() => {
    let live = true;
    void loadLocalCatalog(version).then((loaded) => {
      if (live) setEngine(loaded);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return engine;
}
