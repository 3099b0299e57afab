/**
 * The article in one language as every page reads it, rendered once per build: the pages,
 * the citation files and the search vocabulary all ask for the same render.
 */
import { getEntry, render, type CollectionEntry } from 'astro:content';
import { originalLang, type Lang } from '../i18n/locales';
import type { CapturedBlock, Citation } from '../lib/article-file';
import { sectionsOf } from '../lib/article-page';
import type { ArticleInfo } from '../lib/cite/context';
import { absoluteUrl, pagePath } from '../lib/paths';

/** One language's article: its entry, its rendered body and what the plugins found in it. */
interface Article {
  entry: CollectionEntry<'article'>;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  blocks: CapturedBlock[];
  citations: Citation[];
  /** Organisation slug → the ids of the blocks that mention it, in order. */
  mentions: Record<string, string[]>;
  /** The section headings, in order. */
  sections: { id: string; title: string }[];
  /** Section id → its heading, for labelling a place (`results-4`). */
  sectionTitles: Map<string, string>;
}

const loaded = new Map<Lang, Promise<Article>>();

async function read(lang: Lang): Promise<Article> {
  const entry = (await getEntry('article', lang))!;
  const { Content, remarkPluginFrontmatter: data } = await render(entry);
  // rehype-block-capture puts these on the page data; Astro types that data as unknown.
  const blocks = data.blocks as CapturedBlock[];
  const sections = sectionsOf(blocks);
  return {
    entry,
    Content,
    blocks,
    citations: data.citations as Citation[],
    mentions: data.mentions as Record<string, string[]>,
    sections,
    sectionTitles: new Map(sections.map((s) => [s.id, s.title])),
  };
}

/**
 * The article in `lang`. A build renders it once; the dev server renders it on every
 * request, so an edit shows without a restart.
 */
export function loadArticle(lang: Lang): Promise<Article> {
  if (!import.meta.env.PROD) return read(lang);
  if (!loaded.has(lang)) loaded.set(lang, read(lang));
  return loaded.get(lang)!;
}

/**
 * The article in one language: titles, blocks, the publication's facts, its absolute URLs.
 * `accessed`: the dialog's stand-in date; static citations and downloads give none.
 */
export async function loadArticleInfo(
  lang: Lang,
  site: URL | undefined,
  accessed?: Date,
): Promise<ArticleInfo> {
  const { entry, blocks } = await loadArticle(lang);
  const original = await loadArticle(originalLang);
  const publication = (await getEntry('publication', 'publication'))!.data;
  const urlOf = (l: Lang) => absoluteUrl(site!.href, pagePath(import.meta.env.BASE_URL, l));
  return {
    lang,
    title: { text: entry.data.title, properNouns: publication.titleProperNouns[lang] },
    originalTitle: {
      text: original.entry.data.title,
      properNouns: publication.titleProperNouns[originalLang],
    },
    url: urlOf(lang),
    originalUrl: urlOf(originalLang),
    blocks,
    publication,
    accessed,
  };
}
