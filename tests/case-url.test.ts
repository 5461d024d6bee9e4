// The one case-URL codec: what it reads from a query, what it writes, and that the two round-trip
// (the server checks what it reads with zDifferentialInput; the browser reads with caseFromRaw).
import { describe, expect, it } from 'vitest';
import { caseFromRaw, caseQueryString, readCaseParams, readLegParams, writeCaseParams, type CaseParams, type RawCase } from '@/lib/case-url';
import { zDifferentialInput } from '@/lib/schemas/api';

const read = (query: string) => readCaseParams(new URLSearchParams(query));

describe('readCaseParams', () => {
  it.each<[string, string, RawCase]>([
    ['nothing', '', {}],
    ['comma lists', 'present=a,b&absent=c', { present: ['a', 'b'], absent: ['c'] }],
    ['repeated lists', 'present=a&present=b', { present: ['a', 'b'] }],
    ['blanks and spaces dropped', 'present=%20a%20,,b,&absent=', { present: ['a', 'b'], absent: [] }],
    ['duplicates kept for the schema to judge', 'present=a,a', { present: ['a', 'a'] }],
    ['unknown ids kept for the catalog to judge', 'present=no-such-finding', { present: ['no-such-finding'] }],
    ['numbers read as numbers', 'age=45&limit=20', { age: 45, limit: 20 }],
    ['bad numbers kept as text', 'age=forty&limit=1e3', { age: 'forty', limit: '1e3' }],
    ['a fraction stays a number (the schema wants a whole one)', 'age=4.5', { age: 4.5 }],
    ['the last scalar wins', 'sex=male&sex=female', { sex: 'female' }],
    ['scalars unchecked', 'sex=other&setting=ward', { sex: 'other', setting: 'ward' }],
    ['other parameters ignored', 'present=a&legs=l5-left&advice=1&q=x', { present: ['a'] }],
  ])('%s', (_name, query, expected) => {
    expect(read(query)).toEqual(expected);
  });

  it('reads Next searchParams objects as URLSearchParams', () => {
    expect(readCaseParams({ present: ['a', 'b,c'], age: '7', sex: undefined })).toEqual({ present: ['a', 'b', 'c'], age: 7 });
  });

  it('reads leg marks once each', () => {
    expect(readLegParams(new URLSearchParams('legs=l5-left,l5-left&legs=stocking'))).toEqual(['l5-left', 'stocking']);
    expect(readLegParams(new URLSearchParams(''))).toEqual([]);
  });
});

describe('caseFromRaw (the browser, no schema)', () => {
  it.each<[string, RawCase, ReturnType<typeof caseFromRaw>]>([
    ['empty', {}, { present: [], absent: [] }],
    ['ids once each', { present: ['a', 'a', 'b'], absent: ['c', 'c'] }, { present: ['a', 'b'], absent: ['c'] }],
    ['valid scalars kept', { age: 120, sex: 'male', setting: 'neurology' }, { present: [], absent: [], age: 120, sex: 'male', setting: 'neurology' }],
    ['bad numbers dropped', { age: 'forty' }, { present: [], absent: [] }],
    ['fractional age dropped', { age: 4.5 }, { present: [], absent: [] }],
    ['out-of-range age dropped', { age: 121 }, { present: [], absent: [] }],
    ['unknown sex and setting dropped', { sex: 'other', setting: 'ward' }, { present: [], absent: [] }],
  ])('%s', (_name, raw, expected) => {
    expect(caseFromRaw(raw)).toEqual(expected);
  });
});

describe('writeCaseParams', () => {
  it('leaves out empty parts and writes commas, not %2C', () => {
    expect(caseQueryString({ present: [], absent: [] })).toBe('');
    expect(caseQueryString({ present: ['a', 'b'], absent: [], sex: 'female', legs: ['l5-left'] })).toBe('present=a,b&sex=female&legs=l5-left');
    expect(writeCaseParams({ present: ['a'], absent: [], limit: 5 }).get('limit')).toBe('5');
  });

  const cases: [string, CaseParams][] = [
    ['findings only', { present: ['back-pain', 'l5-sensory-loss'], absent: ['fever'] }],
    ['every field', { present: ['a'], absent: ['b'], age: 0, sex: 'male', setting: 'emergency', limit: 100 }],
    ['absent only', { present: [], absent: ['fever'], age: 120 }],
  ];

  it.each(cases)('round-trips through the server schema: %s', (_name, c) => {
    const parsed = zDifferentialInput.parse(read(caseQueryString(c)));
    expect(parsed).toEqual({ limit: 10, ...c });
  });

  it.each(cases)('round-trips through the browser reader: %s', (_name, c) => {
    const entered = { ...c };
    delete entered.limit;
    expect(caseFromRaw(read(caseQueryString(c)))).toEqual(entered);
  });
});

describe('the server schema on what the codec read', () => {
  it.each([
    ['a duplicate entered both ways', 'present=a&absent=a', 'absent.0'],
    ['a bad age', 'age=forty', 'age'],
    ['a fractional age', 'age=4.5', 'age'],
    ['an unknown sex', 'sex=other', 'sex'],
    ['a limit out of range', 'limit=1000', 'limit'],
  ])('rejects %s', (_name, query, path) => {
    const parsed = zDifferentialInput.safeParse(read(query));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
