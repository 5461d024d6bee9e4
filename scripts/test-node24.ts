// `npm run test:node24`: the unit and integration suites on Node 24 LTS, from a machine whose
// own Node may be older. Node 24 comes from npm (node-<platform>-<arch>: the official binary and
// its C headers, no install script); better-sqlite3 is compiled against those headers offline
// with npm's bundled node-gyp, swapped in for the run, and the machine's build restored after.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/layout';
import { run } from './lib/run';

const NODE_VERSION = process.env.NODE24_VERSION ?? '24';
const scratch = mkdtempSync(path.join(tmpdir(), 'numbdx-node24-'));
const binding = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const backup = path.join(scratch, 'better_sqlite3.machine.node');
let code = 1;
try {
  const pkg = `node-${process.platform}-${process.arch}`;
  console.log(`Installing ${pkg}@${NODE_VERSION} from npm…`);
  execFileSync('npm', ['install', '--prefix', scratch, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `${pkg}@${NODE_VERSION}`], { stdio: 'inherit' });
  const nodeDir = path.join(scratch, 'node_modules', pkg);
  const node24 = path.join(nodeDir, 'bin', 'node');
  console.log(`Node ${execFileSync(node24, ['--version']).toString().trim()}; compiling better-sqlite3 against its headers…`);
  const nodeGyp = path.join(execFileSync('npm', ['root', '-g']).toString().trim(), 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(nodeGyp)) throw new Error(`npm's node-gyp not found at ${nodeGyp}`);
  const source = path.join(scratch, 'better-sqlite3');
  cpSync(path.join(ROOT, 'node_modules', 'better-sqlite3'), source, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  rmSync(path.join(source, 'build'), { recursive: true, force: true });
  // Under `npm run`, npm exports its own config (Debian's says nodedir=/usr, the machine's Node
  // headers) and node-gyp would prefer it to --nodedir: set it explicitly.
  const gypEnv = { ...process.env, npm_config_nodedir: nodeDir };
  execFileSync(node24, [nodeGyp, 'rebuild', '--release', `--nodedir=${nodeDir}`, '-j', '2'], { cwd: source, env: gypEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  // Fail here, clearly, if the binding was built for another Node.
  const built = path.join(source, 'build', 'Release', 'better_sqlite3.node');
  const check = `new (require(${JSON.stringify(path.join(ROOT, 'node_modules', 'better-sqlite3'))}))(':memory:', { nativeBinding: ${JSON.stringify(built)} }).prepare('select 1').get()`;
  execFileSync(node24, ['-e', check], { stdio: 'inherit' });
  copyFileSync(binding, backup);
  copyFileSync(built, binding);
  try {
    const env = { ...process.env, PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH ?? ''}` };
    await run(node24, [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'unit', '--project', 'integration', ...process.argv.slice(2)], env);
    code = 0;
  } finally {
    copyFileSync(backup, binding);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
