import path from 'node:path';

/** The embedded SQLite database used when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = 'file:./data/numbdx.db';

export type Provider = 'sqlite' | 'postgresql';

/** DATABASE_URL, or the embedded default. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** `postgres://` and `postgresql://` URLs select PostgreSQL; anything else is a SQLite file. */
export function providerFor(url: string): Provider {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
}

/** A SQLite URL as an absolute `file:` URL, relative paths taken from `root`. */
export function sqliteFileUrl(url: string, root: string = process.cwd()): string {
  const file = url.replace(/^file:/, '');
  return 'file:' + (path.isAbsolute(file) ? file : path.resolve(root, file));
}

/** The URL with any password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
