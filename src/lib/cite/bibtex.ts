/**
 * The reference as a biblatex entry, by hand: citation-js braces every capitalised English
 * word (so styles cannot sentence-case the title) and none of a Russian title's proper nouns,
 * and writes the translation into `entrysubtype`. This writes biblatex's own fields
 * (`origtitle`, `origlanguage`, `translator`, `version`) and a `year` for classic BibTeX, and
 * `@online` while no journal is known. Read back by Zotero's parser in the tests.
 */
import { citedName } from '../publication';
import { citationKey, type CiteContext } from './context';
import { isoDate } from '../publication';
import { editionYear, originalNote } from './notes';
import { bracedTitle } from './title-case';

/** biblatex's (babel's) language names. */
const LANGUAGE = { kk: 'kazakh', ru: 'russian', en: 'english' } as const;

/** A field value: braces and backslashes in plain text would be read as markup, so they are escaped. */
const escape = (text: string) => text.replace(/[\\{}]/g, (c) => `\\${c}`);

/** The entry, one field a line; fields with no value are left out, never written blank. */
export function formatBibtex(ctx: CiteContext): string {
  const { journal, edition } = ctx.publication;
  const authors = ctx.publication.authors.map((a) => {
    const n = citedName(a, ctx.lang);
    return `${n.family}, ${n.initials}`;
  });
  const fields: [string, string | undefined][] = [
    ['author', authors.map(escape).join(' and ')],
    ['title', bracedTitle({ ...ctx.title, text: escape(ctx.title.text) })],
    ['titleaddon', ctx.titleTranslation && `[${escape(ctx.titleTranslation.text)}]`],
    [
      'origtitle',
      ctx.originalTitle && bracedTitle({ ...ctx.originalTitle, text: escape(ctx.originalTitle.text) }),
    ],
    ['origlanguage', ctx.originalTitle && LANGUAGE.kk],
    // An organisation's name, braced whole so it is not split into given and family names.
    ['translator', ctx.translators && `{${escape(ctx.translators)}}`],
    ['language', LANGUAGE[ctx.textLang]],
    ['langid', LANGUAGE[ctx.textLang]],
    ['organization', escape(`${ctx.edition.name}: ${ctx.edition.subtitle}`)],
    ['version', edition.version],
    ['year', String(editionYear(ctx))],
    ['origdate', journal.year ? String(journal.year) : undefined],
    ['doi', journal.doi],
    ['note', ctx.part && escape(ctx.part)],
    ['addendum', escape(originalNote(ctx))],
    ['url', ctx.url],
    ['urldate', ctx.accessed && isoDate(ctx.accessed)],
  ];
  const lines = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}},`);
  return `@online{${citationKey(ctx, '_')},\n${lines.join('\n')}\n}`;
}
