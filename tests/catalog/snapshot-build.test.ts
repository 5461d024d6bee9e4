import { compareLabels } from '../../lib/search/normalise';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { buildCatalogSnapshot, toEngineCatalog, triggerGroups } from '../../lib/catalog/snapshot-build';
import { computeDifferential } from '../../lib/engine/differential';
import { searchFindings } from '../../lib/search/findings';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';

const { data } = loadCatalog(path.resolve(import.meta.dirname, '../fixtures/catalog-mini'));
const rows = snapshotDataFromFiles(data, 'mini-1');

describe('toEngineCatalog', () => {
  const engine = toEngineCatalog(rows);

  it('carries every cause with its finding and test links', () => {
    expect(engine.causes.map((c) => c.id).sort()).toEqual(data.causes.map((c) => c.id).sort());
    for (const cause of data.causes) {
      const converted = engine.causes.find((c) => c.id === cause.id)!;
      expect(converted.findings).toEqual(cause.findings.map((l) => ({ findingId: l.finding, probability: l.probability, evidence: l.evidence })));
      expect(converted.tests.map((t) => t.testId)).toEqual(cause.tests.map((t) => t.test));
      expect(converted.icd10).toEqual(cause.codes.filter((c) => c.system.endsWith('icd-10-cm')).map((c) => c.code));
    }
  });

  it('rebuilds red-flag trigger groups from stored rows', () => {
    expect(engine.rules[0]!.triggers).toEqual(data.redFlags[0]!.triggers);
    expect(triggerGroups([{ group: 3, findingId: 'b' }, { group: 1, findingId: 'z' }, { group: 3, findingId: 'a' }])).toEqual([['z'], ['a', 'b']]);
  });
});

describe('buildCatalogSnapshot', () => {
  const snapshot = buildCatalogSnapshot(rows);

  it('orders lists for display and indexes them by id', () => {
    const labels = snapshot.findings.map((f) => f.label);
    expect(labels).toEqual([...labels].sort(compareLabels));
    expect(snapshot.causes.map((c) => c.name)).toEqual([...snapshot.causes.map((c) => c.name)].sort(compareLabels));
    expect(snapshot.findingById.get('slr-positive')?.kind).toBe('sign');
    expect(snapshot.causeById.get('cauda-equina-syndrome')?.urgency).toBe('emergency');
    expect(snapshot.referenceById.size).toBe(data.references.length);
  });

  it('names the trigger findings and causes of every rule', () => {
    expect(snapshot.rules[0]).toMatchObject({
      id: 'cauda-equina',
      triggers: [[{ findingId: 'saddle-anaesthesia', label: expect.any(String) }], [{ findingId: 'urinary-retention' }]],
      causes: [{ id: 'cauda-equina-syndrome', name: 'Cauda equina syndrome' }],
    });
  });

  it('holds an engine index and a search index for the same catalog', () => {
    expect(snapshot.engine.version).toBe('mini-1');
    const result = computeDifferential(snapshot.engine, { present: ['saddle-anaesthesia'], absent: [] });
    expect(result.alerts.map((a) => a.ruleId)).toEqual(['cauda-equina']);
    expect(searchFindings(snapshot.search, 'straight leg', 1)[0]?.finding.id).toBe('slr-positive');
  });

  it('orders labels ignoring case and accents', () => {
    expect(['ANCA positive', 'Absent pulses', 'acute onset', 'Ève', 'Zoster'].sort(compareLabels)).toEqual(['Absent pulses', 'acute onset', 'ANCA positive', 'Ève', 'Zoster']);
  });

  it('refuses rows that do not form a catalog (a link to a missing finding)', () => {
    const broken = { ...rows, findingLinks: [...rows.findingLinks, { ...rows.findingLinks[0]!, findingId: 'no-such-finding' }] };
    expect(() => buildCatalogSnapshot(broken)).toThrow(/no-such-finding/);
  });
});
