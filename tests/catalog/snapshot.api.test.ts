// The catalog snapshot against the real database: loaded once, shared, and replaced when the seed
// writes a new version stamp (checked in the background, never on the request's path).
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CATALOG_CHECK_INTERVAL_MS, clearCatalogSnapshot, getCatalogSnapshot } from '@/lib/catalog';
import { prisma } from '@/lib/db';

describe('getCatalogSnapshot', () => {
  let original: string | undefined;
  afterAll(async () => {
    vi.useRealTimers();
    if (original) await prisma.catalogMeta.update({ where: { id: 'catalog' }, data: { version: original } });
    clearCatalogSnapshot();
  });

  it('loads the whole catalog once and shares it between concurrent callers', async () => {
    clearCatalogSnapshot();
    const snapshots = await Promise.all(Array.from({ length: 10 }, () => getCatalogSnapshot()));
    expect(new Set(snapshots).size).toBe(1);
    const snapshot = snapshots[0]!;
    const meta = await prisma.catalogMeta.findUniqueOrThrow({ where: { id: 'catalog' } });
    expect(snapshot.version).toBe(meta.version);
    expect(snapshot.findings.length).toBe(await prisma.finding.count());
    expect(snapshot.causes.length).toBe(await prisma.cause.count());
    expect(snapshot.engine.causes.length).toBe(snapshot.causes.length);
    expect(await getCatalogSnapshot()).toBe(snapshot);
  });

  it('keeps serving at once, then swaps in a fresh snapshot when the version stamp changes', async () => {
    const before = await getCatalogSnapshot();
    original = before.version;
    await prisma.catalogMeta.update({ where: { id: 'catalog' }, data: { version: 'bumped-by-test' } });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + CATALOG_CHECK_INTERVAL_MS + 1);
    expect(await getCatalogSnapshot()).toBe(before);
    await vi.waitFor(async () => expect((await getCatalogSnapshot()).version).toBe('bumped-by-test'));
    expect(await getCatalogSnapshot()).not.toBe(before);
  });
});
