/**
 * The article page's machine-readable metadata, for Zotero, Google Scholar and search engines:
 * Highwire Press tags, Dublin Core and a schema.org ScholarlyArticle. Only known fields.
 */
import { langs, originalLang } from '../../i18n/locales';
import { blockText } from '../article-page';
import { absoluteUrl, pagePath } from '../paths';
import { scriptOf } from '../publication';
import type { ArticleInfo } from './context';

/** The keywords, from the article's own keywords paragraph. */
function keywordsOf(info: ArticleInfo): string[] {
  return blockText(info.blocks, 'keywords-1')
    .replace(/\.\s*$/, '')
    .split(/,\s*/)
    .filter(Boolean);
}

const slashDate = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '/');

/** `<meta name content>` pairs: Highwire Press (citation_*) and Dublin Core (DC.*). */
export function metaTags(info: ArticleInfo): [string, string][] {
  const { publication: pub } = info;
  const script = scriptOf(info.lang);
  const authors = pub.authors.map((a) => `${a.family[script]}, ${a.initials[script]}`);
  const date = pub.journal.year ? String(pub.journal.year) : slashDate(pub.edition.date);
  const tags: [string, string][] = [
    ['citation_title', info.title],
    ...authors.map((a): [string, string] => ['citation_author', a]),
    ['citation_author_institution', pub.affiliation[info.lang]],
    ['citation_publication_date', date],
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
  tags.push(['DC.title', info.title], ...authors.map((a): [string, string] => ['DC.creator', a]));
  tags.push(['DC.language', info.lang], ['DC.identifier', info.url], ['DC.date', date.replaceAll('/', '-')]);
  if (info.lang !== originalLang)
    tags.push(['DC.relation', absoluteUrl(new URL(info.url).origin, pagePath(basePath(info), originalLang))]);
  return tags;
}

/** The site's base path, from the page's URL (`https://h/edition/ru/` → `/edition/`). */
function basePath(info: ArticleInfo): string {
  return new URL(info.url).pathname.replace(new RegExp(`${info.lang}/$`), '');
}

/** The schema.org ScholarlyArticle, tying the three language versions together. */
export function jsonLd(info: ArticleInfo): Record<string, unknown> {
  const { publication: pub } = info;
  const script = scriptOf(info.lang);
  const urlOf = (lang: string) => absoluteUrl(new URL(info.url).origin, `${basePath(info)}${lang}/`);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': info.url,
    url: info.url,
    headline: info.title,
    name: info.title,
    inLanguage: info.lang,
    author: pub.authors.map((a) => ({
      '@type': 'Person',
      name: `${a.initials[script]} ${a.family[script]}`,
      familyName: a.family[script],
      affiliation: { '@type': 'CollegeOrUniversity', name: pub.affiliation[info.lang] },
    })),
    keywords: keywordsOf(info),
    abstract: blockText(info.blocks, 'abstract-1'),
    datePublished: pub.journal.year ? String(pub.journal.year) : pub.edition.date.toISOString().slice(0, 10),
    pageStart: String(pub.firstPage),
  };
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
    // The name is English on every page: say so, as a lang attribute would in HTML.
    data.translator = {
      '@type': 'Organization',
      name: { '@value': 'Editorial translation for this web edition', '@language': 'en' },
    };
  }
  return data;
}
