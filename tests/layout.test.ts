// The tree stays readable: tests/ mirrors lib/, and server-only code stays out of the browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_DIRS } from '../scripts/lib/build-stamp';

const ROOT = path.resolve(import.meta.dirname, '..');
const at = (...parts: string[]) => path.join(ROOT, ...parts);

/** Test folders with no lib/ counterpart, on purpose. */
const NOT_MIRRORS = new Set([
  'e2e', // Playwright specs, by user flow
  'safety', // clinical safety scenarios across the whole engine
  'fixtures', // data the tests read
  'support', // Vitest set-up
  'system', // production servers on loopback
  'catalog-data', // checks of the data files in prisma/catalog
]);

describe('tests/ mirrors lib/', () => {
  const entries = readdirSync(at('tests'));

  it.each(entries.filter((e) => statSync(at('tests', e)).isDirectory() && !NOT_MIRRORS.has(e)))('tests/%s has a lib/ folder or file of that name', (dir) => {
    expect(existsSync(at('lib', dir)) || existsSync(at('lib', `${dir}.ts`))).toBe(true);
  });

  it.each(entries.filter((e) => e.endsWith('.test.ts')))('tests/%s tests a file of lib/', (file) => {
    expect(existsSync(at('lib', file.replace(/\.test\.ts$/, '.ts'))) || file === 'layout.test.ts').toBe(true);
  });
});

/** Source files under `dir` (recursively). */
function sources(dir: string): string[] {
  return readdirSync(at(dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** The project files `file` imports at run time (type-only imports left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(at(file), 'utf8');
  const specs = [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms), ...text.matchAll(/^export (?!type )[^;]*?from '([^']+)';/gms)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const base = spec.startsWith('@/') ? at(spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(at(file)), spec) : undefined;
    if (!base) return [];
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => existsSync(f));
    return found ? [path.relative(ROOT, found)] : [];
  });
}

/** Every project file `start` reaches through run-time imports, itself included. */
function reachedFrom(start: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    runtimeImports(file).forEach(walk);
  };
  walk(start);
  return [...seen];
}

const isServerOnly = (file: string) => /^import 'server-only';$/m.test(readFileSync(at(file), 'utf8'));

describe('runtime boundaries', () => {
  const files = [...sources('lib'), ...sources('components')];

  it('guards every lib file that touches the database or the loaded snapshot with server-only', () => {
    const unguarded = sources('lib').filter((file) => {
      const text = readFileSync(at(file), 'utf8');
      const bound = /from '(\.\.?\/)+db'|from '@\/lib\/db'|from '\.\/snapshot'|from '(\.\.\/)+catalog\/snapshot'/.test(text.replace(/^import type .*$/gm, ''));
      return bound && !isServerOnly(file);
    });
    expect(unguarded).toEqual([]);
  });

  it('keeps server-only files out of everything a client component imports', () => {
    const clientFiles = files.filter((f) => /^['"]use client['"];/m.test(readFileSync(at(f), 'utf8')));
    expect(clientFiles.length).toBeGreaterThan(0);
    const leaks = clientFiles.flatMap((client) => reachedFrom(client).filter(isServerOnly).map((server) => `${client} -> ${server}`));
    expect(leaks).toEqual([]);
  });

  it.each(['scripts/eval-cases.ts', 'scripts/eval-language.ts', 'scripts/check-catalog.ts'])(
    'keeps server-only files out of %s, which plain Node runs (server-only throws there)',
    (script) => {
      const reached = reachedFrom(script);
      expect(reached.length).toBeGreaterThan(3);
      expect(reached.filter(isServerOnly)).toEqual([]);
    },
  );
});

describe('build inputs', () => {
  it('stamps every folder outside app/, components/ and lib/ that the bundle imports from', () => {
    // `npm start` and `npm test` rebuild only when the build stamp's inputs change: a data file the
    // bundle imports from elsewhere (the lexicon's analytes) must be one of them, or its edits are
    // never built.
    const outside = [...sources('app'), ...sources('components'), ...sources('lib')].flatMap((file) =>
      [...readFileSync(at(file), 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)]
        .map((m) => path.relative(ROOT, path.resolve(path.dirname(at(file)), m[1]!)))
        .filter((target) => !/^(app|components|lib)\//.test(target)),
    );
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.filter((target) => !INPUT_DIRS.some((dir) => target.startsWith(`${dir}/`)))).toEqual([]);
  });
});
