// The engine runs on the server and in the browser: it may import only its own modules and the
// dependency-free vocabularies, never zod, Prisma, Next or Node (which would break or bloat the
// browser bundle: zod's eval probe alone trips the pages' Content-Security-Policy).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(import.meta.dirname, '../../lib/engine');
// The engine's own modules, the dependency-free vocabularies, and pure text normalisation.
const ALLOWED = [/^\.\/[a-z-]+$/, /^\.\.\/terminology$/, /^\.\.\/vocabulary$/, /^\.\.\/search\/normalise$/];

describe('lib/engine imports', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s imports only the engine and the vocabularies', (file) => {
    const source = readFileSync(path.join(dir, file), 'utf8');
    const imports = [...source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
    expect(imports.filter((spec) => !ALLOWED.some((re) => re.test(spec)))).toEqual([]);
  });
});
