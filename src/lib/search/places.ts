/**
 * The places search lands on, one language at a time, made at build time from the same data
 * the pages show: the article's paragraphs and headings, Table 1's rows on the chronology
 * page, glossary entries, references with a named author and the About page's sections. Each
 * place carries the id it lands on and a label that names it (section and paragraph number,
 * table row, glossary entry), so a result says where it goes.
 */
import { parseBlockId, referenceId } from '../block-id';
import type { PageName } from '../paths';

/** Where on the edition a place is; the order is also the ranking order of equal matches. */
export const PLACE_KINDS = ['article', 'row', 'entry', 'reference', 'about'] as const;
type PlaceKind = (typeof PLACE_KINDS)[number];

/** The page each kind of place is on. */
export const PAGE_OF: Record<PlaceKind, PageName> = {
  article: '',
  row: 'incidents',
  entry: 'organisations',
  reference: 'references',
  about: 'about',
};

/** A place a reader can land on, with its words. */
export interface SearchPlace {
  /** The element id the result links to (`results-5`, `incident-2011-aktobe`, `hizb-ut-tahrir`). */
  id: string;
  page: PageName;
  kind: PlaceKind;
  /** Where it is, as the reader sees it: «Результаты и обсуждение, абзац 5». */
  label: string;
  text: string;
}

/** The words a label is made of, in the index's language. */
interface PlaceWords {
  paragraph: string;
  table: string;
  glossary: string;
  references: string;
  about: string;
}

/** An article block as the build captures it (see CapturedBlock). */
interface Block {
  id: string;
  kind: string;
  text: string;
}

/** A place of `kind`, on its page. */
function place(kind: PlaceKind, id: string, label: string, text: string): SearchPlace {
  return { id, page: PAGE_OF[kind], kind, label, text };
}

/** The article's blocks as places, each labelled with its section and number. */
export function articlePlaces(blocks: Block[], w: PlaceWords): SearchPlace[] {
  const sections = new Map(blocks.filter((b) => b.kind === 'heading').map((b) => [b.id, b.text]));
  return blocks
    .filter((b) => b.kind !== 'table')
    .map((b) => {
      const { section, n } = parseBlockId(b.id);
      const label =
        b.kind === 'heading' ? b.text : `${sections.get(section) ?? section}, ${w.paragraph} ${n}`;
      return place('article', b.id, label, b.text);
    });
}

/** Table 1's rows, on the chronology page where they carry their ids. */
export function rowPlaces(
  rows: { id: string; name: string; cells: string[] }[],
  w: PlaceWords,
): SearchPlace[] {
  return rows.map((r) => place('row', r.id, `${w.table}: ${r.name}`, r.cells.join(' · ')));
}

/** Glossary entries: the name, the names it goes by, and what the article says. */
export function entryPlaces(
  entries: { slug: string; name: string; otherNames: string[]; summary: string }[],
  w: PlaceWords,
): SearchPlace[] {
  return entries.map((e) =>
    place(
      'entry',
      e.slug,
      `${w.glossary}: ${e.name}`,
      [e.name, ...e.otherNames.filter((n) => n !== e.name)].join(' · ') + `. ${e.summary}`,
    ),
  );
}

/** References that name something of their own (an author); the others only repeat the article. */
export function referencePlaces(refs: { n: number; author?: string }[], w: PlaceWords): SearchPlace[] {
  return refs
    .filter((r) => r.author)
    .map((r) => place('reference', referenceId(r.n), `${w.references}: [${r.n}]`, `[${r.n}] ${r.author}`));
}

/** The About page, one place per section (its paragraphs have no ids of their own). */
export function aboutPlaces(
  sections: { id: string; title: string; text: string }[],
  w: PlaceWords,
): SearchPlace[] {
  return sections.map((s) => place('about', s.id, `${w.about}: ${s.title}`, s.text));
}

/**
 * A Markdown page's sections as plain text, split at its `## ` headings, each with the id
 * the heading gets (`slug`, as the page's renderer makes it).
 */
export function markdownSections(
  body: string,
  slug: (heading: string, index: number) => string,
): { id: string; title: string; text: string }[] {
  const plain = (s: string) =>
    s
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[`*_]/g, '')
      .replace(/^\s*[-+]\s+/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
  return body
    .split(/^## /m)
    .slice(1)
    .map((part, index) => {
      const [title = '', ...rest] = part.split('\n');
      const heading = title.replace(/\s*\\?\{#[^}]+\}\s*$/, '').trim();
      return { id: slug(heading, index), title: plain(heading), text: plain(rest.join('\n')) };
    });
}
