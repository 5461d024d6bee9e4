// `npm start`: migrate and seed the database if needed, build if the build is missing or stale,
// then serve on PORT (default 3000).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { databaseUrl } from '../lib/database-url';
import { ensureBuild } from './lib/ensure-build';
import { ROOT } from './lib/layout';
import { serverNodeOptions } from './lib/server';
import { prepareDatabase } from './prepare-db';

async function main(): Promise<void> {
  console.log(`Database ready — ${await prepareDatabase(databaseUrl())}`);
  await ensureBuild();
  const port = process.env.PORT ?? '3000';
  const server = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['start', '-p', port], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: serverNodeOptions() },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`NumbDx cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
