/**
 * What the build demands of the id ledger: a published id that left the text says where its
 * links lead; a changed or new text belongs to a new edition whose changelog names it; and
 * the ledger records the text as it is (only `npm run ids` writes it).
 */
import { originalLang } from '../i18n/locales';
import { ContentError } from './content-error';
import type { LedgerMatch } from './ledger';
import type { ChangelogEntry, Ledger } from '../schemas';
import { compareVersions } from './versions';

const LEDGER = 'content/ids.yaml';
const PUBLICATION = 'content/publication.yaml';

/** The facts of the edition the checks need, with the files' line finders. */
interface LedgerContext {
  ledger: Ledger;
  ledgerLine: (path: (string | number)[]) => number | undefined;
  version: string;
  changelog: ChangelogEntry[];
  publicationLine: (path: (string | number)[]) => number | undefined;
  /** Every block id of the current text (sections, paragraphs, the table). */
  blockIds: Set<string>;
}

/**
 * The ledger's problems: `blocking` ones need an editor's decision; `pending` ones are
 * differences that `npm run ids` records (the build stops on both).
 */
export function checkLedger(match: LedgerMatch, ctx: LedgerContext) {
  const blocking: ContentError[] = [];
  const pending: ContentError[] = [];
  const entry = ctx.changelog.find((e) => e.version === ctx.version);
  const seeding = Object.keys(ctx.ledger.ids).length === 0;
  const declared = (id: string, was?: string) =>
    seeding ||
    (entry?.passages?.includes(id) === true && (was === undefined || compareVersions(ctx.version, was) >= 0));
  const newEdition = `raise edition.version in ${PUBLICATION} (now '${ctx.version}'), add a changelog entry for the new version that says what changed in kk, ru and en and lists`;

  if (!entry) {
    blocking.push(
      new ContentError(
        PUBLICATION,
        ctx.publicationLine(['edition', 'version']),
        `edition.version is '${ctx.version}' but edition.changelog has no entry for it`,
        `add "- { version: '${ctx.version}', date: …, changes: { kk: …, ru: …, en: … } }" to edition.changelog`,
      ),
    );
  }
  for (const change of match.changes) {
    if (change.kind === 'gone') {
      blocking.push(
        new ContentError(
          LEDGER,
          ctx.ledgerLine(['ids', change.id]),
          `the published paragraph ${change.id} is no longer in the text (deleted, merged into another or moved), so its links would lead nowhere`,
          `say where they lead now: under "retired:" add "${change.id}: { to: <id of the paragraph that took its words, or of the one now in its place>, why: merged, version: '${ctx.version}' }" (why: removed, with a note in kk, ru and en, for a deleted passage), and list ${change.id} under passages in the changelog entry for that version`,
        ),
      );
      continue;
    }
    const lang = change.kind === 'new' ? originalLang : change.lang;
    const what =
      change.kind === 'new'
        ? `a new paragraph stands here; it will be ${change.id}`
        : `paragraph ${change.id} (${lang}) differs from its text recorded in edition ${change.was}`;
    if (!declared(change.id, change.kind === 'changed' ? change.was : undefined)) {
      blocking.push(
        new ContentError(
          `content/article/${lang}.mdx`,
          change.line,
          `${what}, and no changelog entry names it`,
          `${newEdition} "${change.id}" under passages; then run "npm run ids"`,
        ),
      );
    } else {
      pending.push(
        new ContentError(
          LEDGER,
          ctx.ledgerLine(['ids', change.id]),
          `${what}; the ledger does not record it yet`,
          'run "npm run ids": it shows the difference and records it',
        ),
      );
    }
  }
  for (const [id, retired] of Object.entries(ctx.ledger.retired)) {
    const line = ctx.ledgerLine(['retired', id]);
    if (!(id in ctx.ledger.ids)) {
      blocking.push(
        new ContentError(
          LEDGER,
          line,
          `${id} is retired but was never published`,
          `remove "${id}" from retired:`,
        ),
      );
    }
    if (!ctx.blockIds.has(retired.to) || retired.to in ctx.ledger.retired) {
      blocking.push(
        new ContentError(
          LEDGER,
          ctx.ledgerLine(['retired', id, 'to']),
          `${id} leads to "${retired.to}", which is not a block of the current text`,
          'name a section or paragraph id the article has now',
        ),
      );
    }
    if (!ctx.changelog.some((e) => e.version === retired.version && e.passages?.includes(id))) {
      blocking.push(
        new ContentError(
          LEDGER,
          line,
          `${id} was retired in edition ${retired.version}, but that version's changelog entry does not list it`,
          `list "${id}" under passages in the changelog entry for ${retired.version} in ${PUBLICATION}`,
        ),
      );
    }
  }
  return { blocking, pending };
}
