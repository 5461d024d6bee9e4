// `npm run build:standalone`: a production build whose server carries only the modules it uses
// (.next/standalone, with its static files copied in), for container images and deployments of
// several instances. Run it with `DATABASE_URL=… PORT=… node .next/standalone/server.js` on a
// database migrated and seeded beforehand (`npm run db:migrate && npm run db:seed`, once).
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from './lib/layout';
import { run } from './lib/run';

rmSync(path.join(ROOT, '.next', 'numbdx-build-stamp'), { force: true }); // `npm start` rebuilds its own way afterwards
await run('next', ['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_OUTPUT: 'standalone' });
const standalone = path.join(ROOT, '.next', 'standalone');
cpSync(path.join(ROOT, '.next', 'static'), path.join(standalone, '.next', 'static'), { recursive: true });
if (existsSync(path.join(ROOT, 'public'))) cpSync(path.join(ROOT, 'public'), path.join(standalone, 'public'), { recursive: true });
console.log(`Standalone server: ${execFileSync('du', ['-sh', standalone]).toString().trim()} (node .next/standalone/server.js)`);
