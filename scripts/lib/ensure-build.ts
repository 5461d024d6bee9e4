import { buildIsStale, writeBuildStamp } from './build-stamp';
import { run } from './run';

/** Runs `next build` when the production build is missing or stale. */
export async function ensureBuild(): Promise<void> {
  if (!buildIsStale()) {
    console.log('Production build is up to date.');
    return;
  }
  console.log('Building the app (next build)…');
  await run('next', ['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  writeBuildStamp();
}
