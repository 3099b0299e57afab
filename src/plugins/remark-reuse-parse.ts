/**
 * remark-reuse-parse: the site's MDX compile takes the syntax tree the validation has just
 * parsed from the same file and the same text, so a build parses each article once. The
 * plugins still run twice (the validation numbers blocks by position, the site by the ledger).
 */
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Processor } from 'unified';

/** Absolute path → the text parsed and its tree, untouched by any plugin. */
const kept = new Map<string, { text: string; tree: Root }>();

/**
 * Keeps the tree parsed from `text` for the next parse of `path`. No plugin may have run on
 * it: the compile that takes it runs its own.
 */
export function keepParse(path: string, text: string, tree: Root): void {
  kept.set(resolve(path), { text, tree });
}

/** The tree kept for `path`, which is then no longer kept: a compile changes the tree it parses. */
function take(path: string) {
  const key = resolve(path);
  const hit = kept.get(key);
  kept.delete(key);
  return hit;
}

/**
 * The unified plugin, first in the list: it wraps the parser remark-parse has set. A kept
 * tree is taken once, and only for the exact text; any other document (an article edited
 * under `astro dev`, the About pages, the plugin tests) is parsed as before.
 */
export default function remarkReuseParse(this: Processor) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (text, file) => {
    const hit = file.path ? take(file.path) : undefined;
    return hit?.text === text ? hit.tree : parse(text, file);
  };
}
