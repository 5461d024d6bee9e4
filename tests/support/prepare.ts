// Test-side helpers that prepare databases by running the project's own scripts in a child
// process (the migration engine is WebAssembly and needs Node's --experimental-wasm-modules).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Runs one of scripts/*.ts with DATABASE_URL set; returns its standard output. */
export function runScript(script: string, url: string, args: string[] = [], env: Record<string, string> = {}): string {
  return execFileSync(
    process.execPath,
    ['--experimental-wasm-modules', '--no-warnings=ExperimentalWarning', '--import', 'tsx', path.join(ROOT, 'scripts', script), ...args],
    { cwd: ROOT, env: { ...process.env, ...env, DATABASE_URL: url }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}
