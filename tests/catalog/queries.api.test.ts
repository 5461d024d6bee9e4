// The lib/catalog functions the pages use directly (no route of their own).
import { describe, expect, it } from 'vitest';
import { ADVICE_KIND_ORDER, getCatalogSnapshot, getDifferential, listAdvice, listRedFlagRules, searchCatalogFindings } from '@/lib/catalog';

describe('listAdvice', () => {
  it('lists advice grouped in display order, with the causes each concerns', async () => {
    const advice = await listAdvice();
    expect(advice.length).toBeGreaterThan(0);
    const order = advice.map((a) => ADVICE_KIND_ORDER.indexOf(a.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const bladder = advice.find((a) => a.id === 'urgent-bladder-bowel');
    expect(bladder).toMatchObject({ kind: 'seek_care_now', title: expect.any(String), body: expect.any(String) });
    expect(bladder?.causes).toContainEqual({ id: 'cauda-equina-syndrome', name: 'Cauda equina syndrome' });
  });

  it('filters by kind', async () => {
    const now = await listAdvice('seek_care_now');
    expect(now.length).toBeGreaterThan(0);
    expect(now.every((a) => a.kind === 'seek_care_now')).toBe(true);
  });
});

describe('listRedFlagRules', () => {
  it('lists rules emergency first, with trigger findings and causes named', async () => {
    const rules = await listRedFlagRules();
    const levels = rules.map((r) => (r.level === 'emergency' ? 0 : 1));
    expect(levels).toEqual([...levels].sort());
    const cauda = rules.find((r) => r.id === 'cauda-equina')!;
    expect(cauda.triggers.flat().map((t) => t.findingId)).toContain('saddle-anaesthesia');
    expect(cauda.triggers.flat().every((t) => t.label.length > 0)).toBe(true);
    expect(cauda.causes.map((c) => c.id)).toContain('cauda-equina-syndrome');
  });
});

describe('the snapshot helpers', () => {
  it('search the loaded findings', async () => {
    expect((await searchCatalogFindings('saddle', 1))[0]?.finding.id).toBe('saddle-anaesthesia');
  });

  it('compute the same differential as the engine on the snapshot, for the workspace page', async () => {
    const snapshot = await getCatalogSnapshot();
    const result = await getDifferential({ present: ['slr-positive'], absent: [], limit: 10 });
    expect(result.catalogVersion).toBe(snapshot.version);
    expect(result.causes).toHaveLength(Math.min(10, snapshot.causes.length));
    await expect(getDifferential({ present: ['slr-positive'], absent: ['slr-positive'], limit: 10 })).rejects.toThrow();
  });
});
