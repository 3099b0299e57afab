/** A TCP port no one listens on, for a preview server the tests or scripts start themselves. */
import { spawnSync } from 'node:child_process';

// Synchronous on purpose: the Playwright config must settle its port before it returns. A child
// Node binds port 0 (every interface, as `astro preview` on localhost does), prints what the
// system gave it and closes it again.
const PROBE = `const s = require('node:net').createServer();
s.listen(0, () => { process.stdout.write(String(s.address().port)); s.close(); });`;

/** A port that is free now; the caller starts its server on it straight away. */
export function freePort(): number {
  const probe = spawnSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' });
  const port = Number(probe.stdout);
  if (probe.status !== 0 || !Number.isInteger(port) || port <= 0)
    throw new Error(`could not find a free port: ${probe.stderr || probe.stdout}`);
  return port;
}
