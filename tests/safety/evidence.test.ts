// A likelihood shown as published must say where it comes from (hazard H11 of docs/clinical-safety.md).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { zCauseFindingLink } from '../../lib/schemas/catalog';

const { data } = loadCatalog();

describe('published likelihoods', () => {
  it('are rejected without a reference', () => {
    expect(zCauseFindingLink.safeParse({ finding: 'x', probability: 0.5, evidence: 'published' }).success).toBe(false);
    expect(zCauseFindingLink.safeParse({ finding: 'x', probability: 0.5, evidence: 'published', reference: 'r' }).success).toBe(true);
  });

  it('each carry a known reference and a note saying where the figure stands', () => {
    const references = new Set(data.references.map((r) => r.id));
    const bad = data.causes.flatMap((c) =>
      c.findings
        .filter((l) => l.evidence === 'published' && (!l.reference || !references.has(l.reference) || !l.note))
        .map((l) => `${c.id} › ${l.finding}`),
    );
    expect(bad).toEqual([]);
  });
});
