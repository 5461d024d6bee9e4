// The browser ranks on the published snapshot asset; the API on the server's snapshot. Same case,
// same answer: the asset must carry everything the engine and the workspace read.
import { describe, expect, it } from 'vitest';
import { differentialOn } from '../../lib/catalog/differential';
import { loadCatalog } from '../../lib/catalog/files';
import { snapshotAssetPath, toSnapshotAsset, versionOfAssetFile } from '../../lib/catalog/snapshot-asset';
import { buildCatalogSnapshot, type SnapshotData } from '../../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import type { TDifferentialCase } from '../../lib/schemas/api';

const rows = snapshotDataFromFiles(loadCatalog().data);
const server = buildCatalogSnapshot(rows);
// What the browser gets: the asset, through JSON, built by the same code.
const browser = buildCatalogSnapshot(JSON.parse(JSON.stringify(toSnapshotAsset(rows))) as SnapshotData);

const CASES: [string, TDifferentialCase][] = [
  ['empty case', { present: [], absent: [], limit: 100 }],
  [
    'sciatica with pertinent negatives',
    { present: ['radiating-leg-pain', 'back-pain', 'slr-positive', 'numbness-one-leg'], absent: ['saddle-anaesthesia', 'fever'], age: 45, sex: 'female', limit: 100 },
  ],
  ['cauda equina', { present: ['saddle-anaesthesia', 'urinary-retention', 'back-pain'], absent: [], age: 40, sex: 'male', limit: 100 }],
  ['diabetic feet', { present: ['numbness-feet-bilateral', 'diabetes', 'burning-pain-feet'], absent: ['back-pain'], age: 67, limit: 100 }],
  ['stroke', { present: ['onset-sudden', 'face-arm-numbness-same-side', 'speech-disturbance'], absent: [], age: 75, sex: 'male', limit: 100 }],
];

describe('the browser snapshot asset', () => {
  it.each(CASES)('gives the same differential as the server for: %s', (_name, input) => {
    expect(differentialOn(browser, input)).toEqual(differentialOn(server, input));
  });

  it('keeps every finding, cause, link and rule the engine reads', () => {
    expect(browser.findings.map((f) => [f.id, f.label, f.synonyms])).toEqual(server.findings.map((f) => [f.id, f.label, f.synonyms]));
    expect(browser.engine.causes.length).toBe(server.engine.causes.length);
    expect(browser.findingLinks.map((l) => [l.causeId, l.findingId, l.probability])).toEqual(
      server.findingLinks.map((l) => [l.causeId, l.findingId, l.probability]),
    );
    expect(browser.rules).toEqual(server.rules);
  });

  it('leaves out what only reference pages show', () => {
    const asset = toSnapshotAsset(rows);
    expect(asset.references).toEqual([]);
    expect(asset.findingLinks.every((l) => l.note === null)).toBe(true);
    expect(asset.causes.every((c) => c.summary === '' && c.keyFeatures.length === 0 && c.pitfalls.length === 0 && c.prognosis === '')).toBe(true);
    expect(asset.advice).toEqual([]);
    expect(asset.findings.every((f) => f.description === null)).toBe(true);
    expect(asset.tests.every((t) => t.thresholds.length === 0)).toBe(true);
  });

  it.each([
    ['abc123', '/catalog/abc123.json', 'abc123.json'],
    ['2026-12.v1', '/catalog/2026-12.v1.json', '2026-12.v1.json'],
  ])('names version %s at %s and reads it back', (version, path, file) => {
    expect(snapshotAssetPath(version)).toBe(path);
    expect(versionOfAssetFile(file)).toBe(version);
  });

  it.each(['../x.json', 'abc.txt', '.json', 'a/b.json'])('refuses the file name %s', (file) => {
    expect(versionOfAssetFile(file)).toBeNull();
  });
});
