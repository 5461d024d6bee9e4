// The browser's copy of the catalog: the snapshot rows the workspace needs to rank a case and
// search findings locally, published once per catalog version at a content-addressed URL (the
// version is a hash of the data files), so it can be cached forever. Universal and pure.
import type { SnapshotData } from './snapshot-build';

/** Where the browser fetches the snapshot of `version` (served by app/catalog/[file]/route.ts). */
export function snapshotAssetPath(version: string): string {
  return `/catalog/${encodeURIComponent(version)}.json`;
}

/** The version a snapshot asset file name stands for, or null if the name is not one. */
export function versionOfAssetFile(file: string): string | null {
  const match = /^([A-Za-z0-9._-]{1,128})\.json$/.exec(file);
  return match ? match[1]! : null;
}

/**
 * The rows without what only reference pages show (references, notes, thresholds, long texts, the
 * causes' prose and the advice, about a quarter of the gzip), so the workspace downloads what
 * ranking, search and its own panels read and nothing more.
 * Fields are dropped by name, so engine fields added later travel without a change here.
 */
export function toSnapshotAsset(data: SnapshotData): SnapshotData {
  return {
    ...data,
    findings: data.findings.map((f) => ({ ...f, description: null })),
    causes: data.causes.map((c) => ({
      ...c,
      summary: '',
      course: '',
      distribution: '',
      keyFeatures: [],
      distinguishing: [],
      pitfalls: [],
      prognosis: '',
      reversibility: '',
      prevention: [],
    })),
    tests: data.tests.map((t) => ({ ...t, shows: '', whenToOrder: '', thresholds: [] })),
    treatments: data.treatments.map((t) => ({ ...t, mechanism: '', cautions: [], contraindications: [] })),
    findingLinks: data.findingLinks.map((l) => ({ ...l, note: null })),
    treatmentLinks: data.treatmentLinks.map((l) => ({ ...l, notes: null })),
    references: [],
    advice: [],
  };
}
