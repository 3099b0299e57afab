/**
 * Writing the id ledger (content/ids.yaml), which only `npm run ids` does: the recorded ids
 * are replaced, the rest of the file (its comments, the hand-written `retired:` entries) kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalLang } from '../i18n/locales';
import type { LedgerChange } from '../lib/ledger';
import type { Ledger } from '../schemas';
import { yamlDocument } from './yaml-data';

export const LEDGER_FILE = 'content/ids.yaml';

const HEADER = `# The id ledger: every paragraph id ever published, with a fingerprint of its text in each
# language (a hash of the text and a sketch of its words, never the words) and the edition
# version that recorded it. Only "npm run ids" writes "ids:"; see README.md, "Stable ids".
# "retired:" is written by hand: where the links of an id whose words left the text now lead,
#   results-9: { to: results-8, why: merged, version: '1.1' }
#   results-11: { to: results-12, why: removed, version: '1.1', note: { kk: …, ru: …, en: … } }
`;

/** Writes `ledger.ids` into content/ids.yaml under `root`, keeping the file's other parts. */
export function writeLedger(root: string, ledger: Ledger): void {
  const path = join(root, LEDGER_FILE);
  // Read as every reader reads it: a file that does not parse is reported, never overwritten.
  const { doc } = yamlDocument(
    LEDGER_FILE,
    existsSync(path) ? readFileSync(path, 'utf8') : `${HEADER}ids: {}\nretired: {}\n`,
  );
  doc.set('ids', doc.createNode(ledger.ids));
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

/** The changes as lines a person reads before committing the ledger. */
export function describeChanges(changes: LedgerChange[], version: string): string[] {
  return changes.map((c) => {
    if (c.kind === 'new')
      return `  + ${c.id.padEnd(16)} new paragraph (content/article/${originalLang}.mdx:${c.line ?? '?'}), since ${version}`;
    if (c.kind === 'changed')
      return `  ~ ${c.id.padEnd(16)} ${c.lang} text changed (content/article/${c.lang}.mdx:${c.line ?? '?'}), recorded in ${c.was}, now ${version}`;
    return `  - ${c.id.padEnd(16)} no longer in the text`;
  });
}
