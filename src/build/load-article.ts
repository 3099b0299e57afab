/** Reads, through the content collections, what citing an article page needs. */
import { getEntry, render } from 'astro:content';
import { originalLang, type Lang } from '../i18n/locales';
import type { CapturedBlock } from '../lib/article-file';
import type { ArticleInfo } from '../lib/cite/context';
import { absoluteUrl, pagePath } from '../lib/paths';

/** The article in one language: title, blocks, the publication's facts, its absolute URL. */
export async function loadArticleInfo(
  lang: Lang,
  site: URL | undefined,
  accessed: Date,
): Promise<ArticleInfo> {
  const entry = (await getEntry('article', lang))!;
  const original = (await getEntry('article', originalLang))!;
  const { remarkPluginFrontmatter } = await render(entry);
  return {
    lang,
    title: entry.data.title,
    originalTitle: original.data.title,
    url: absoluteUrl(site!.href, pagePath(import.meta.env.BASE_URL, lang)),
    blocks: remarkPluginFrontmatter.blocks as CapturedBlock[],
    publication: (await getEntry('publication', 'publication'))!.data,
    accessed,
  };
}

/** The build's date, at midnight UTC: the access date of static citations and downloads. */
export function buildDate(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
