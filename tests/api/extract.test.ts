import { describe, expect, it } from 'vitest';
import * as extractRoute from '@/app/api/findings/extract/route';
import * as findingsRoute from '@/app/api/findings/route';
import * as languageRoute from '@/app/api/language/route';
import { call, errorOf, post } from './call';

interface Extracted {
  findings: { id: string; label: string; state: 'present' | 'absent'; text: string; start: number; end: number }[];
  age?: number;
  sex?: string;
  unmatched: { text: string; start: number; end: number }[];
}

describe('POST /api/findings/extract', () => {
  it('reads a note: findings with states and offsets, age, sex, unmatched; never cached', async () => {
    const text = '58 yo man, T2DM. Numb feet, no back pain. Aunt has MS. O/E absent ankle jerks, pulses present. HbA1c 86 mmol/mol. Enjoys golf.';
    const res = await post<Extracted>(extractRoute.POST, '/api/findings/extract', { text });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.body).toMatchObject({ age: 58, sex: 'male' });
    const states = Object.fromEntries(res.body.findings.map((f) => [f.id, f.state]));
    expect(states).toMatchObject({
      diabetes: 'present',
      'numbness-feet-bilateral': 'present',
      'back-pain': 'absent',
      'ankle-reflex-absent-bilateral': 'present',
      'absent-foot-pulses': 'absent',
      'hba1c-above-9': 'present',
    });
    for (const f of res.body.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(res.body.unmatched.map((u) => u.text)).toContain('Enjoys golf');
  });

  it('answers 413 in the error shape for a note over 20,000 characters', async () => {
    const res = await post(extractRoute.POST, '/api/findings/extract', { text: 'numb feet. '.repeat(1900) });
    expect(res.status).toBe(413);
    expect(errorOf(res)).toMatchObject({ code: 'payload_too_large', details: { maxLength: 20000 } });
  });

  it('accepts exactly 20,000 characters', async () => {
    const res = await post(extractRoute.POST, '/api/findings/extract', { text: 'x'.repeat(20_000) });
    expect(res.status).toBe(200);
  });

  it.each([
    ['a number', { text: 42 }],
    ['null', { text: null }],
    ['a missing text', {}],
    ['an unknown field', { text: 'numb', note: 'x' }],
  ])('answers 400 for %s', async (_, body) => {
    const res = await post(extractRoute.POST, '/api/findings/extract', body);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'invalid_request', details: { issues: expect.any(Array) } });
  });

  it('answers 400 for malformed JSON and 405 for GET', async () => {
    const bad = await post(extractRoute.POST, '/api/findings/extract', '{"text": ');
    expect(bad.status).toBe(400);
    expect(errorOf(bad).code).toBe('invalid_json');
    const get = await call(extractRoute.GET, '/api/findings/extract');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});

describe('GET /api/language', () => {
  it('carries catalog data only (findings words and the lexicon), cacheable', async () => {
    const res = await call<{ findings: { id: string; label: string; synonyms: string[]; kind: string }[]; lexicon: unknown[] }>(languageRoute.GET, '/api/language');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    expect(res.body.findings.length).toBeGreaterThan(100);
    expect(Object.keys(res.body.findings[0]!).sort()).toEqual(['id', 'kind', 'label', 'synonyms']);
    expect(res.body.lexicon.length).toBeGreaterThan(3);
  });
});

describe('GET /api/findings?q= (ranked language search)', () => {
  it('ranks low back pain first for "back pain" and says how it matched', async () => {
    const res = await call<{ findings: { id: string; match: string; score: number }[]; nearestOnly: boolean }>(findingsRoute.GET, '/api/findings?q=back%20pain');
    expect(res.body.nearestOnly).toBe(false);
    expect(res.body.findings[0]).toMatchObject({ id: 'back-pain', match: expect.stringMatching(/^(label|synonym|words)$/), score: expect.any(Number) });
  });

  it('marks nearest findings when nothing matches well', async () => {
    const res = await call<{ findings: { match: string }[]; nearestOnly: boolean }>(findingsRoute.GET, '/api/findings?q=numb%20toes%20after%20kayaking');
    expect(res.body.nearestOnly).toBe(true);
    expect(res.body.findings.every((f) => f.match === 'nearest')).toBe(true);
  });

  it('reads a value and gives the state it implies', async () => {
    const res = await call<{ findings: { id: string; match: string; state?: string }[] }>(findingsRoute.GET, '/api/findings?q=eGFR%209');
    expect(res.body.findings[0]).toMatchObject({ id: 'egfr-severely-reduced', match: 'value', state: 'present' });
  });
});
