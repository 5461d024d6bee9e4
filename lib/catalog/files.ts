// Reads and validates the catalog's data files (prisma/catalog/**). Pure Node, no Prisma:
// the seed, the tests and the validation command all read the catalog through here.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  zAdvice,
  zCause,
  zFinding,
  zRedFlagRule,
  zReference,
  zTest,
  zTreatment,
  type CatalogData,
} from '../schemas/catalog';
import { crossCheck, type CatalogProblem } from './cross-check';

export type { CatalogProblem } from './cross-check';

export const CATALOG_DIR = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'catalog');

/** Thrown when the data files break a rule; names file, entry and field of every problem. */
export class CatalogValidationError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(
      `The catalog has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file} › ${p.entry} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'CatalogValidationError';
  }
}

type Section = keyof CatalogData;

/** Each section is a folder of JSON files; causes hold one cause a file, the others an array. */
const SECTIONS: { [K in Section]: { schema: z.ZodType<CatalogData[K][number]>; onePerFile: boolean } } = {
  references: { schema: zReference, onePerFile: false },
  findings: { schema: zFinding, onePerFile: false },
  tests: { schema: zTest, onePerFile: false },
  treatments: { schema: zTreatment, onePerFile: false },
  causes: { schema: zCause, onePerFile: true },
  redFlags: { schema: zRedFlagRule, onePerFile: false },
  advice: { schema: zAdvice, onePerFile: false },
};

const FOLDER: Record<Section, string> = {
  references: 'references',
  findings: 'findings',
  tests: 'tests',
  treatments: 'treatments',
  causes: 'causes',
  redFlags: 'red-flags',
  advice: 'advice',
};

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

function entryName(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? id : `#${index}`;
}

/** Reads and validates the catalog under `dir`; throws CatalogValidationError on any problem. */
export function loadCatalog(dir: string = CATALOG_DIR): { data: CatalogData; warnings: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const data = {} as Record<Section, unknown[]>;
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const { schema, onePerFile } = SECTIONS[section];
    data[section] = [];
    for (const file of jsonFiles(path.join(dir, FOLDER[section]))) {
      const rel = path.relative(path.dirname(dir), file);
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        problems.push({ file: rel, entry: '(file)', field: '(json)', message: (error as Error).message });
        continue;
      }
      const entries = onePerFile ? [parsed] : parsed;
      if (!Array.isArray(entries)) {
        problems.push({ file: rel, entry: '(file)', field: '(root)', message: 'must be a JSON array of entries' });
        continue;
      }
      entries.forEach((raw, index) => {
        const result = schema.safeParse(raw);
        if (result.success) {
          data[section].push(result.data);
          if (onePerFile && path.basename(file, '.json') !== (result.data as { id: string }).id) {
            problems.push({ file: rel, entry: entryName(raw, index), field: 'id', message: 'must match the file name' });
          }
        } else {
          for (const issue of result.error.issues) {
            problems.push({ file: rel, entry: entryName(raw, index), field: issue.path.join('.') || '(entry)', message: issue.message });
          }
        }
      });
    }
  }
  const catalog = data as unknown as CatalogData;
  const { errors, warnings } = crossCheck(catalog, FOLDER);
  problems.push(...errors);
  if (problems.length > 0) throw new CatalogValidationError(problems);
  return { data: catalog, warnings };
}

/** A stamp that changes whenever the catalog's content does. */
export function catalogVersion(data: CatalogData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}
