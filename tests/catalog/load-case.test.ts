// A shared link read on the server: checked once with the API schema and against the catalog,
// lenient where the API is strict (unknown ids dropped and named, repeats read once).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { buildCatalogSnapshot } from '../../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { readLinkedCase } from '../../lib/catalog/load-case';

const { data } = loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog'));
const snapshot = buildCatalogSnapshot(snapshotDataFromFiles(data));
const linked = (query: string) => readLinkedCase(snapshot, new URLSearchParams(query));

describe('readLinkedCase', () => {
  it.each([
    ['an empty link', '', { present: [], absent: [], legs: [] }],
    ['a full case', 'present=back-pain,l5-sensory-loss&absent=fever&age=45&sex=female&setting=emergency&legs=l5-left',
      { present: ['back-pain', 'l5-sensory-loss'], absent: ['fever'], age: 45, sex: 'female', setting: 'emergency', legs: ['l5-left'] }],
    ['repeated ids, once', 'present=back-pain,back-pain&present=back-pain&absent=fever,fever', { present: ['back-pain'], absent: ['fever'], legs: [] }],
    ['marks without their finding dropped', 'present=back-pain&legs=l5-left,nowhere-left', { present: ['back-pain'], absent: [], legs: [] }],
    ['the link limit ignored (the workspace ranks every cause)', 'present=back-pain&limit=3', { present: ['back-pain'], absent: [], legs: [] }],
  ])('reads %s without a notice', (_name, query, state) => {
    expect(linked(query)).toEqual({ state });
  });

  it('drops unknown ids and names each once', () => {
    expect(linked('present=back-pain,no-such-finding,no-such-finding&absent=also-unknown')).toEqual({
      state: { present: ['back-pain'], absent: [], legs: [] },
      notice: 'Not recognised, so dropped from the case: no-such-finding, also-unknown.',
    });
  });

  it.each([
    ['a bad age', 'present=back-pain&age=forty', 'age'],
    ['an unknown sex', 'present=back-pain&sex=other', 'sex'],
    ['a finding both present and absent', 'present=back-pain&absent=back-pain', 'absent.0'],
  ])('starts empty on %s and says which part', (_name, query, part) => {
    const read = linked(query);
    expect(read.state).toEqual({ present: [], absent: [], legs: [] });
    expect(read.notice).toMatch(new RegExp(`^This link could not be read \\(${part.replace('.', '\\.')}: .+\\), so the case starts empty\\.$`));
  });
});
