// The published snapshot's body, serialised once per loaded snapshot and reused for every request.
import type { CatalogSnapshot } from './snapshot-build';
import { toSnapshotAsset } from './snapshot-asset';

const published = new WeakMap<CatalogSnapshot, string>();

/** The JSON text of the browser's copy of `snapshot` (computed on first request, then cached). */
export function publishedSnapshotJson(snapshot: CatalogSnapshot): string {
  let body = published.get(snapshot);
  if (body === undefined) {
    body = JSON.stringify(toSnapshotAsset(snapshot.source));
    published.set(snapshot, body);
  }
  return body;
}
