/**
 * The reference as RIS, by hand: citation-js cuts `ID` to 20 characters (so passages share
 * ids), folds lines inside words and writes `JOUR` with no journal. This writes `ELEC` (a web
 * page) with unique ids, one field a line. Read back by an independent RIS parser in the tests.
 */
import { citedName } from '../publication';
import { citationKey, type CiteContext } from './context';
import { isoDate } from '../publication';
import { editionDate, editionYear, originalNote } from './notes';

/** RIS's date form, `YYYY/MM/DD/`. */
const risDate = (iso: string) => `${iso.replaceAll('-', '/')}/`;

/** The record; fields with no value are left out, never written blank. */
export function formatRis(ctx: CiteContext): string {
  const { journal } = ctx.publication;
  const fields: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ['ID', citationKey(ctx, '-')],
    ...ctx.publication.authors.map((a): [string, string] => {
      const n = citedName(a, ctx.lang);
      return ['AU', `${n.family}, ${n.initials}`];
    }),
    // A4: the translator, as Zotero and EndNote read it.
    ['A4', ctx.translators],
    ['TI', ctx.title.text],
    ['OP', ctx.originalTitle?.text],
    ['T2', `${ctx.edition.name}: ${ctx.edition.subtitle}`],
    ['ET', ctx.publication.edition.version],
    ['PY', String(editionYear(ctx))],
    ['DA', risDate(editionDate(ctx))],
    ['LA', ctx.textLang],
    ['DO', journal.doi],
    // Not TT: readers disagree on it (citation-js takes it for the title, Zotero drops it).
    [
      'N1',
      [ctx.titleTranslation && `[${ctx.titleTranslation.text}]`, ctx.part, originalNote(ctx)]
        .filter(Boolean)
        .join('. '),
    ],
    ['UR', ctx.url],
    ['Y2', ctx.accessed && risDate(isoDate(ctx.accessed))],
  ];
  const lines = fields.filter(([, v]) => v).map(([k, v]) => `${k}  - ${v}`);
  return [...lines, 'ER  - '].join('\n');
}
