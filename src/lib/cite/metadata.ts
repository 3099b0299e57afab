/**
 * The article page's machine-readable metadata, for Zotero, Google Scholar and search engines:
 * Highwire Press tags, Dublin Core and a schema.org ScholarlyArticle. Only known fields.
 */
import { langs, originalLang } from '../../i18n/locales';
import { blockText } from '../article-page';
import { scriptOf } from '../publication';
import type { ArticleInfo } from './context';
import { isoDate } from '../publication';

/** The keywords, from the article's own keywords paragraph. */
function keywordsOf(info: ArticleInfo): string[] {
  return blockText(info.blocks, 'keywords-1')
    .replace(/\.\s*$/, '')
    .split(/,\s*/)
    .filter(Boolean);
}

const slashDate = (d: Date) => isoDate(d).replaceAll('-', '/');

/** The edition's team, when this page is its translation (the authors wrote the original). */
const translatorsOf = (info: ArticleInfo) =>
  info.lang === originalLang ? undefined : info.publication.edition.translators[info.lang];

/** `<meta name content>` pairs: Highwire Press (citation_*) and Dublin Core (DC.*). */
export function metaTags(info: ArticleInfo): [string, string][] {
  const { publication: pub } = info;
  const script = scriptOf(info.lang);
  const authors = pub.authors.map((a) => `${a.family[script]}, ${a.initials[script]}`);
  // The original's date is unknown: the edition's date is this web edition's online date only.
  const tags: [string, string][] = [
    ['citation_title', info.title.text],
    ...authors.map((a): [string, string] => ['citation_author', a]),
    ['citation_author_institution', pub.affiliation[info.lang]],
    ...(pub.journal.year
      ? [['citation_publication_date', String(pub.journal.year)] as [string, string]]
      : []),
    ['citation_online_date', slashDate(pub.edition.date)],
    ['citation_language', info.lang],
    ['citation_abstract_html_url', info.url],
    ['citation_fulltext_html_url', info.url],
    ['citation_keywords', keywordsOf(info).join('; ')],
    ['citation_firstpage', String(pub.firstPage)],
  ];
  const { journal } = pub;
  if (journal.title) tags.push(['citation_journal_title', journal.title]);
  if (journal.volume) tags.push(['citation_volume', journal.volume]);
  if (journal.issue) tags.push(['citation_issue', journal.issue]);
  if (journal.lastPage) tags.push(['citation_lastpage', String(journal.lastPage)]);
  if (journal.doi) tags.push(['citation_doi', journal.doi]);
  tags.push(['DC.title', info.title.text], ...authors.map((a): [string, string] => ['DC.creator', a]));
  const translators = translatorsOf(info);
  if (translators) tags.push(['DC.contributor', translators]);
  tags.push(['DC.language', info.lang], ['DC.identifier', info.url]);
  tags.push(['DC.date', isoDate(pub.edition.date)]);
  if (info.lang !== originalLang) tags.push(['DC.relation', info.originalUrl]);
  return tags;
}

/** The schema.org ScholarlyArticle, tying the three language versions together. */
export function jsonLd(info: ArticleInfo): Record<string, unknown> {
  const { publication: pub } = info;
  const script = scriptOf(info.lang);
  const urlOf = (lang: string) => new URL(`../${lang}/`, info.url).href;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': info.url,
    url: info.url,
    headline: info.title.text,
    name: info.title.text,
    inLanguage: info.lang,
    author: pub.authors.map((a) => ({
      '@type': 'Person',
      name: `${a.initials[script]} ${a.family[script]}`,
      familyName: a.family[script],
      affiliation: { '@type': 'CollegeOrUniversity', name: pub.affiliation[info.lang] },
    })),
    keywords: keywordsOf(info),
    abstract: blockText(info.blocks, 'abstract-1'),
    version: pub.edition.version,
    // The web edition's release, not the original's date, which is unknown.
    publication: {
      '@type': 'PublicationEvent',
      startDate: isoDate(pub.edition.date),
    },
    editor: { '@type': 'Organization', name: pub.edition.editors[info.lang] },
    pageStart: String(pub.firstPage),
  };
  if (pub.journal.year) data.datePublished = String(pub.journal.year);
  if (pub.journal.lastPage) data.pageEnd = String(pub.journal.lastPage);
  if (pub.journal.doi) data.sameAs = `https://doi.org/${pub.journal.doi}`;
  if (pub.journal.title) {
    data.isPartOf = {
      '@type': 'PublicationIssue',
      ...(pub.journal.issue ? { issueNumber: pub.journal.issue } : {}),
      isPartOf: {
        '@type': 'Periodical',
        name: pub.journal.title,
        ...(pub.journal.volume ? { volumeNumber: pub.journal.volume } : {}),
      },
    };
  }
  if (info.lang === originalLang) {
    data.workTranslation = langs.filter((l) => l !== originalLang).map((l) => ({ '@id': urlOf(l) }));
  } else {
    data.translationOfWork = { '@id': urlOf(originalLang) };
    // The team's name in the page's language: say which, as a lang attribute would in HTML.
    data.translator = {
      '@type': 'Organization',
      name: { '@value': translatorsOf(info), '@language': info.lang },
    };
  }
  return data;
}
