/**
 * Independent readers of the citation exports, as a reference manager would read them:
 * Zotero's BibTeX parser, citation-js's RIS parser (its writer is no longer used) and
 * citeproc-js for CSL-JSON. Each gives back what the tests compare: title, authors, language,
 * version, URL.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import CSL from 'citeproc';
import { readFileSync } from 'node:fs';

export interface ReadBack {
  title: string;
  authors: string[];
  language: string;
  version: string;
  url: string;
  translators?: string[];
}

/** The authors as each reader gives them back, by the language of the citing page. */
export const READ_AUTHORS = {
  kk: ['Аккожина, Н. О.', 'Даркенов, Қ. Ғ.'],
  ru: ['Аккожина, Н. О.', 'Даркенов, К. Г.'],
  en: ['Akkozhina, N. O.', 'Darkenov, K. G.'],
};

/** BibTeX's language field (babel's names), by the language of the cited text. */
export const BABEL = { kk: 'kazakh', ru: 'russian', en: 'english' } as const;

/** Zotero's reading of a .bib entry; `sentenceCase` as Zotero imports English titles. */
export function readBibtex(text: string, sentenceCase = false): ReadBack {
  const { entries, errors } = parseBibtex(text, sentenceCase ? {} : { english: false });
  if (errors.length || entries.length !== 1)
    throw new Error(`BibTeX did not parse: ${JSON.stringify(errors)}`);
  const f = entries[0]!.fields as Record<string, unknown>;
  const names = (list: unknown) =>
    (list as { lastName?: string; firstName?: string; name?: string }[]).map(
      (n) => n.name ?? `${n.lastName}, ${n.firstName}`,
    );
  return {
    // Zotero's parser marks case-protected words with <span class="nocase">; the text is the title.
    title: String(f.title).replace(/<[^>]+>/g, ''),
    authors: names(f.author),
    language: String(f.langid),
    version: String(f.version),
    url: String(f.url),
    ...(f.translator ? { translators: names(f.translator) } : {}),
  };
}

/** citation-js's reading of a RIS record. */
export function readRis(text: string): ReadBack {
  const [item] = new Cite(text).data as {
    title: string;
    author: { family: string; given: string }[];
    language: string;
    edition: string;
    URL: string;
  }[];
  return {
    title: item!.title,
    authors: item!.author.map((a) => `${a.family}, ${a.given}`),
    language: item!.language,
    version: item!.edition,
    url: item!.URL,
  };
}

// A bibliography style that prints each field between markers, so nothing of a style's own is mixed in.
const STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Read back</title><id>read-back</id><updated>2026-11-28T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout>
    <text variable="title" prefix="[title]"/>
    <names variable="author" prefix="[author]"><name name-as-sort-order="all" sort-separator=", " delimiter="; " delimiter-precedes-last="always" initialize="false"/></names>
    <text variable="language" prefix="[language]"/>
    <text variable="version" prefix="[version]"/>
    <text variable="URL" prefix="[URL]"/>
    <names variable="translator" prefix="[translator]"><name delimiter="; "/></names>
  </layout></bibliography>
</style>`;
const LOCALE = (
  JSON.parse(readFileSync('node_modules/@citation-js/plugin-csl/lib/locales.json', 'utf8')) as Record<
    string,
    string
  >
)['en-US']!;

/** citeproc-js's reading of a CSL-JSON array of one item. */
export function readCsl(text: string): ReadBack {
  const [item] = JSON.parse(text) as { id: string }[];
  const engine = new CSL.Engine({ retrieveLocale: () => LOCALE, retrieveItem: () => item }, STYLE);
  engine.updateItems([item!.id]);
  const html = engine
    .makeBibliography()[1][0]!
    .replace(/<[^>]+>/g, '')
    .trim();
  const fields: Record<string, string> = {};
  const parts = html.split(/\[(title|author|language|version|URL|translator)\]/).slice(1);
  for (let i = 0; i < parts.length; i += 2) fields[parts[i]!] = parts[i + 1]!.trim();
  const unescape = (s: string) => s.replaceAll('&#38;', '&').replaceAll('&amp;', '&');
  return {
    title: unescape(fields.title ?? ''),
    authors: (fields.author ?? '').split('; '),
    language: fields.language ?? '',
    version: fields.version ?? '',
    url: unescape(fields.URL ?? ''),
    ...(fields.translator ? { translators: fields.translator.split('; ') } : {}),
  };
}
