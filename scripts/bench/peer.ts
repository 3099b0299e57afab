/**
 * The Starlight peer (bench/peer/, a copy of the plain Starlight site that presents the same
 * article), built with its own `npm ci` and `astro build`. The build is kept in
 * node_modules/.cache, keyed by a hash of the peer's sources, so a second run reuses it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE = 'bench/peer';

/** A hash of every file of the peer's sources. */
export function peerSourceHash(dir = SOURCE): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => !/(^|\/)(node_modules|dist|\.astro)(\/|$)/.test(file))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`.slice(-3000),
    );
}

/** The peer's built dist/ folder, building it first unless this version is already built. */
export function peerDist(): string {
  const dir = join('node_modules', '.cache', 'bench-peer', peerSourceHash());
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'kk', 'index.html'))) {
    console.log(`peer: reusing its build in ${dir}`);
    return dist;
  }
  console.log(`peer: npm ci and astro build in ${dir} (once per version of bench/peer)`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(SOURCE, dir, { recursive: true });
  run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  run('npx', ['--no-install', 'astro', 'build'], dir);
  if (!existsSync(join(dist, 'kk', 'index.html')))
    throw new Error(`peer: ${dist}/kk/index.html was not built`);
  return dist;
}
