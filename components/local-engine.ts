// The engine as the browser runs it, in a chunk of its own fetched alongside the snapshot asset:
// the workspace's first load carries neither (see use-local-catalog.ts).
import { differentialOn, type DifferentialResponse } from '@/lib/catalog/differential';
import { buildCatalogSnapshot, type SnapshotData } from '@/lib/catalog/snapshot-build';
import { differentialCase, WORKSPACE_CAUSE_LIMIT } from '@/lib/workspace/case-query';
import type { CaseState } from '@/lib/workspace/case-state';

/** A catalog version built in the browser, and the differential of a case on it. */
export interface LocalEngine {
  version: string;
  /** The workspace's differential for `state`; throws for a case the catalog rejects. */
  rank: (state: CaseState) => DifferentialResponse;
}

/** Builds the snapshot from the published asset, with the same code the server uses. */
export function buildLocalEngine(data: SnapshotData): LocalEngine {
  const snapshot = buildCatalogSnapshot(data);
  return { version: snapshot.version, rank: (state) => differentialOn(snapshot, differentialCase(state, WORKSPACE_CAUSE_LIMIT)) };
}
