// Decides whether `.next` is missing or older than the sources, so `npm start` and `npm test`
// build only when needed. The stamp is a hash of every file that goes into the build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './layout';

// prisma/catalog/lexicon is bundled (lib/language/measurements.ts imports analytes.json); the rest
// of the catalog is read from the database at run time, so editing it needs no rebuild.
export const INPUT_DIRS = ['app', 'components', 'lib', 'public', 'generated', 'prisma/catalog/lexicon'];
const INPUT_FILES = ['next.config.js', 'proxy.ts', 'instrumentation.ts', 'package-lock.json', 'tsconfig.json', 'prisma/schema.prisma'];
const STAMP = path.join(ROOT, '.next', 'numbdx-build-stamp');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Hash of all build inputs. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [...INPUT_DIRS.flatMap((d) => filesUnder(path.join(ROOT, d))), ...INPUT_FILES.map((f) => path.join(ROOT, f))]
    .filter((f) => existsSync(f))
    .sort();
  for (const file of files) hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** True when there is no production build or it was made from other sources. */
export function buildIsStale(): boolean {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID')) || !existsSync(STAMP)) return true;
  return readFileSync(STAMP, 'utf8').trim() !== sourceHash();
}

export function writeBuildStamp(): void {
  writeFileSync(STAMP, sourceHash() + '\n');
}
