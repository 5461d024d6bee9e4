// Reads and validates the clinical lexicon (prisma/catalog/lexicon/*.json, every file merged).
// Node only (fs), like files.ts: the seed, the server and the evaluation scripts read it; the
// browser gets the parsed files as catalog data.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { zLexiconFile, type LexiconFile } from '../schemas/lexicon';

// From the working directory (the project root under npm start, next start and the tests), not
// from lib/catalog/files.ts: route bundles have no import.meta.dirname.
const PROJECT_LEXICON = path.join(process.cwd(), 'prisma', 'catalog', 'lexicon');

/** The lexicon folder: CATALOG_DIR's when it has one, else the project's (a test catalog may have none). */
export function lexiconDir(): string {
  const own = process.env.CATALOG_DIR ? path.join(path.resolve(process.env.CATALOG_DIR), 'lexicon') : PROJECT_LEXICON;
  return existsSync(own) ? own : PROJECT_LEXICON;
}

/** Every lexicon file, validated; throws naming the file and the field of the first problem. */
export function readLexiconFiles(dir: string = lexiconDir()): LexiconFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = zLexiconFile.safeParse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`catalog/lexicon/${name} › ${issue.path.join('.')}: ${issue.message}`);
      }
      return parsed.data;
    });
}
