import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './layout';

/** Runs a command from node_modules/.bin (or a path) with inherited output; rejects on failure. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const local = path.join(ROOT, 'node_modules', '.bin', command);
  return new Promise((resolve, reject) => {
    const child = spawn(command.includes('/') ? command : local, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}
