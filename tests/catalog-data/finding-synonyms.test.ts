// A finding's synonyms are read out of clinical notes word by word, case-folded. A synonym that is
// also an everyday word or a title ("ON" for optic neuritis read "On examination"; "DR" for diabetic
// retinopathy read "Dr Jones"; "OH" read "oh") puts a finding in a note that never named it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/files';

/** Everyday English words and titles a two- or three-letter abbreviation must not spell. */
const EVERYDAY = new Set(
  'a am an and any are as at be by can did do dr ed for go got had has he her him his if in is it me mr mrs ms no nor not of oh ok on or our out per pt re saw see she so the to up us was we who why yes you'.split(' '),
);

const { data } = loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog'));

describe('finding synonyms', () => {
  it('are never an everyday word or title, which notes would match by accident', () => {
    const clashes = data.findings.flatMap((f) => (f.synonyms ?? []).filter((s) => EVERYDAY.has(s.toLowerCase())).map((s) => `${f.id}: "${s}"`));
    expect(clashes).toEqual([]);
  });
});
