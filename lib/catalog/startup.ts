// The server's start-up check: the catalog must load before the first request is served, or the
// process stops with one clear message (never a half-started server answering 500s).
import 'server-only';
import { existsSync, statSync } from 'node:fs';
import { databaseUrl, providerFor, redactUrl, sqliteFileUrl } from '../database-url';
import { getCatalogSnapshot } from './snapshot';

/** Why the catalog cannot be served from `url`, or null when it loaded. Loads the snapshot as a side effect. */
export async function catalogStartupProblem(url: string = databaseUrl()): Promise<string | null> {
  const where = redactUrl(url);
  if (providerFor(url) === 'sqlite') {
    const file = sqliteFileUrl(url).slice('file:'.length);
    // Opening a missing file would create an empty database: check first.
    if (!existsSync(file) || statSync(file).size === 0) {
      return `the SQLite database ${file} does not exist or is empty. Prepare it with \`npm run db:migrate && npm run db:seed\` (\`npm start\` does both).`;
    }
  }
  try {
    const snapshot = await getCatalogSnapshot();
    if (snapshot.version === 'empty') return `the database ${where} holds no catalog. Load it with \`npm run db:seed\`.`;
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n').find((line) => line.trim() !== '') ?? error.name : String(error);
    return `the catalog could not be read from ${where} (${reason.trim()}). Check the database (a corrupt SQLite file must be restored or deleted and prepared again with \`npm start\`).`;
  }
}
