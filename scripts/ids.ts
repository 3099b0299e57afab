/**
 * `npm run ids`: records the article's paragraph ids in content/ids.yaml, the deliberate
 * step after a correction. It shows what changes (new ids, changed texts) and refuses while
 * the content has a problem only an editor can settle (a published id with nowhere to lead,
 * a change no changelog entry names).
 */
import { existsSync } from 'node:fs';
import { describeChanges, LEDGER_FILE, writeLedger } from '../src/build/ledger-file.ts';
import { validateEdition } from '../src/integrations/validate-edition.ts';

const root = process.cwd();
// The first run starts the ledger: every paragraph of the text is then new, under the current version.
if (!existsSync(LEDGER_FILE)) writeLedger(root, { ids: {}, retired: {} });
const { errors, ledger, data } = validateEdition(root);
const pending = new Set(ledger?.pending ?? []);
const blocking = errors.filter((e) => !pending.has(e));
if (blocking.length > 0 || !ledger) {
  console.error(`✗ ${LEDGER_FILE} not written; first fix:`);
  for (const e of blocking) console.error(`  - ${e.message}`);
  if (!ledger && blocking.length === 0) console.error('  - the articles or the ledger could not be read');
  process.exit(1);
}
const version = data.publication!.value.edition.version;
const lines = describeChanges(ledger.match.changes, version);
if (lines.length === 0) {
  console.log(`${LEDGER_FILE} already records the text as it is (edition ${version}).`);
} else {
  writeLedger(root, ledger.match.next);
  console.log(
    `${LEDGER_FILE}, edition ${version}:\n${lines.join('\n')}\nReview with "git diff ${LEDGER_FILE}" and commit it with the text.`,
  );
}
