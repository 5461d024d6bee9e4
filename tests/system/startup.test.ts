// A missing, empty or corrupt SQLite file at start: one clear message and a non-zero exit, never
// a half-started server (no request is ever answered).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@/scripts/lib/server';
import { startAppServer } from '@/scripts/lib/server';
import { ROOT } from '../support/prepare';
import { requireBuild } from './support';

const scratch = mkdtempSync(path.join(tmpdir(), 'numbdx-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Starts `next start` on `url`, polling /api/health until it exits; returns what happened. */
async function startOn(url: string) {
  requireBuild();
  const server = startAppServer(await freePort(), { DATABASE_URL: url });
  const answers: number[] = [];
  let ended = false;
  const code = server.exited.then((c) => {
    ended = true;
    return c;
  });
  while (!ended) {
    await fetch(`${server.url}/api/health`).then((r) => answers.push(r.status), () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { code: await code, answers, output: server.output() };
}

describe('start-up on a broken SQLite database', () => {
  it('a missing file: exits 1 with one message, and does not create the file', async () => {
    const file = path.join(scratch, 'missing.db');
    const { code, answers, output } = await startOn(`file:${file}`);
    expect(code).toBe(1);
    expect(answers).toEqual([]);
    expect(output).toContain(`NumbDx cannot start: the SQLite database ${file} does not exist`);
    expect(output.match(/NumbDx cannot start/g)).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
  });

  it('a corrupt file: exits 1 with one message naming the problem', async () => {
    const file = path.join(scratch, 'corrupt.db');
    writeFileSync(file, 'this is not an SQLite database '.repeat(200));
    const { code, answers, output } = await startOn(`file:${file}`);
    expect(code).toBe(1);
    expect(answers).toEqual([]);
    expect(output).toMatch(/NumbDx cannot start: the catalog could not be read from file:.*corrupt\.db \(.+\)/);
  });

  it('`npm start` on a corrupt file stops before building or serving, with one message', async () => {
    const file = path.join(scratch, 'corrupt-start.db');
    writeFileSync(file, Buffer.alloc(8192, 0x5a));
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--experimental-wasm-modules', '--no-warnings=ExperimentalWarning', '--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}`, PORT: '1' }, timeout: 120_000 },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: stdout + stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.output.match(/NumbDx cannot start: .+/g)).toHaveLength(1);
    expect(result.output).not.toMatch(/Building the app|Ready in/);
  });
});
