/** `astro preview` of the built site on a free port, for scripts that need the site served. */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../tests/support/free-port.ts';

/** A running preview: where it answers, and how to stop it. */
export interface Preview {
  origin: string;
  stop: () => void;
}

/**
 * Serves the last build on a port no one else uses (never attaching to another server) and
 * resolves once it answers; stops it and throws if it does not within 30 s.
 */
export async function startPreview(): Promise<Preview> {
  const port = freePort();
  const origin = `http://localhost:${port}`;
  // --ignore-lock: another preview of this project (another check, a reader's) may be running.
  const server = spawn('astro', ['preview', '--port', String(port), '--ignore-lock'], { stdio: 'ignore' });
  const stop = () => void server.kill();
  for (let i = 0; i < 150 && server.exitCode === null; i++) {
    const up = await fetch(origin).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { origin, stop };
    await sleep(200);
  }
  stop();
  throw new Error(`astro preview did not answer at ${origin}: is the site built (npm run build)?`);
}
