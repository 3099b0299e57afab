/**
 * The bad-input suite: each fixture breaks a copy of the real content with one edit; the
 * real validation must stop with a message naming the file, the line and the fix.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { validateEdition } from '../../src/integrations/validate-edition';

interface Edit {
  file: string;
  find: string;
  replace: string;
}
/** One edit, and for a change that must be made in every language at once, `also` the others. */
interface BadInput extends Edit {
  name: string;
  also?: Edit[];
  expect: { file: string; line?: number; says: string };
}
const fixtures = parse(readFileSync('tests/fixtures/bad-inputs.yaml', 'utf8')) as BadInput[];
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project's content with one edit applied. */
function brokenCopy(fixture: BadInput): string {
  const root = mkdtempSync(join(tmpdir(), 'edition-bad-'));
  made.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  for (const edit of [fixture, ...(fixture.also ?? [])]) {
    const path = join(root, edit.file);
    const text = readFileSync(path, 'utf8');
    expect(text.split(edit.find).length - 1, `"${edit.find}" must occur once in ${edit.file}`).toBe(1);
    writeFileSync(path, text.replace(edit.find, edit.replace));
  }
  return root;
}

describe('the real content', () => {
  test('validates without a problem', () => {
    expect(validateEdition(process.cwd()).errors.map((e) => e.message)).toEqual([]);
  });
});

describe('bad content stops the build with a clear message', () => {
  test.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const { errors } = validateEdition(brokenCopy(fixture));
    const match = errors.find(
      (e) => e.file === fixture.expect.file && e.problem.includes(fixture.expect.says),
    );
    expect(match, errors.map((e) => e.message).join('\n') || 'no error at all').toBeDefined();
    if (fixture.expect.line !== undefined) expect(match!.line).toBe(fixture.expect.line);
    expect(match!.fix.length).toBeGreaterThan(10);
    expect(match!.message).toMatch(/^content\/[\w/.]+(:\d+)?: .+\. Fix: .+/);
  });
});
