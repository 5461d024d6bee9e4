// The workspace's distribution choices (and phrases such as "tingling in the saddle area") enter
// the site of the numbness as an attribute finding. Where that site is itself the red-flag sign,
// every red-flag trigger group on the sign must also fire on the site choice; otherwise picking
// "Below a sensory level" with an acute onset, or "Saddle", would raise no alert.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/files';

/** Sign → the distribution choice that stands for it. */
const SITE_CHOICE_OF: Record<string, string> = {
  'sensory-level': 'distribution-below-level',
  'saddle-anaesthesia': 'distribution-saddle',
  'hemisensory-loss': 'distribution-hemibody',
};

const { data } = loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog'));

describe('red-flag rules fire on the distribution choice as on the sign it stands for', () => {
  const groups = data.redFlags.flatMap((rule) =>
    rule.triggers.flatMap((group) =>
      Object.entries(SITE_CHOICE_OF)
        .filter(([sign]) => group.includes(sign))
        .map(([sign, choice]) => [rule.id, group.join(' + '), group.map((id) => (id === sign ? choice : id)).sort().join(' + ')] as const),
    ),
  );

  it('covers the emergency rules on these signs', () => {
    expect(groups.length).toBeGreaterThan(10);
    for (const choice of Object.values(SITE_CHOICE_OF)) expect(data.findings.some((f) => f.id === choice)).toBe(true);
  });

  it.each(groups)('%s: %s has its twin', (ruleId, _group, twin) => {
    const rule = data.redFlags.find((r) => r.id === ruleId)!;
    expect(rule.triggers.map((g) => [...g].sort().join(' + '))).toContain(twin);
  });
});
