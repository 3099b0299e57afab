/**
 * The import rule of eslint.config.js fires: an import that runs up a layer, or a client
 * script that reaches server code, fails the lint.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const eslint = new ESLint();

// ESLint loads its config and parsers on first use, seconds on a busy machine: done once
// here, so no test below runs near its timeout.
beforeAll(() => eslint.lintText('', { filePath: 'src/lib/warm-up.ts' }), 60_000);

/** The messages of no-restricted-imports for `code` as if it were the file at `path`. */
async function restricted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('imports point only down', () => {
  test.each([
    ['src/lib/probe.ts', "import x from '../plugins/remark-citations';"],
    ['src/lib/probe.ts', "import x from '../build/csp';"],
    ['src/lib/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['src/build/probe.ts', "import x from '../plugins';"],
    ['src/plugins/probe.ts', "import x from '../integrations/validate-edition';"],
    ['src/scripts/probe.ts', "import x from '../build/csp';"],
    ['src/scripts/probe.ts', "import x from '../schemas';"],
    ['src/components/Probe.astro', "---\n---\n<script>import x from '../build/csp'; x();</script>\n"],
  ])('%s: %s is refused', async (path, code) => {
    expect(await restricted(path, `${code}\nexport default x;`)).toHaveLength(1);
  });

  test.each([
    ['src/build/probe.ts', "import x from '../lib/paths';"],
    ['src/plugins/probe.ts', "import x from '../build/csp';"],
    ['src/scripts/probe.ts', "import x from '../lib/cite/access-date';"],
    ['src/pages/probe.ts', "import x from '../plugins';"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await restricted(path, `${code}\nexport default x;`)).toEqual([]);
  });
});
