/**
 * The citation tests' article: the real publication.yaml and the real titles, so the strings
 * the tests hold are the strings the site prints. Test-only (reads files with Node).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Lang } from '../../src/i18n/locales';
import { splitFrontmatter } from '../../src/integrations/article-outline';
import { articleSchema, publicationSchema, type Publication } from '../../src/schemas';
import type { ArticleInfo } from '../../src/lib/cite/context';

const frontmatter = (lang: Lang) =>
  articleSchema.parse(parse(splitFrontmatter(readFileSync(`content/article/${lang}.mdx`, 'utf8')).yaml));

/** The publication as committed. */
export const publication: Publication = publicationSchema.parse(
  parse(readFileSync('content/publication.yaml', 'utf8')),
);

/** Each language's title, as the authors wrote it. */
export const titles = {
  kk: frontmatter('kk').title,
  ru: frontmatter('ru').title,
  en: frontmatter('en').title,
};

const sections = {
  kk: 'Нәтижелер мен талқылаулар',
  ru: 'Результаты и обсуждение',
  en: 'Results and Discussion',
};

/** The test address: a reserved domain, never a real host. */
export const SITE = 'https://edition.example/';

/** The article page in `lang`, with a results section and the authors' own keywords. */
export function articleInfo(lang: Lang, pub: Publication = publication, accessed?: Date): ArticleInfo {
  const title = (l: Lang) => ({ text: titles[l], properNouns: pub.titleProperNouns[l] });
  return {
    lang,
    title: title(lang),
    originalTitle: title('kk'),
    url: `${SITE}${lang}/`,
    originalUrl: `${SITE}kk/`,
    blocks: [
      { id: 'results', kind: 'heading', text: sections[lang], html: '' },
      { id: 'keywords-1', kind: 'paragraph', text: 'терроризм, Ауғанстан.', html: '' },
    ],
    publication: pub,
    accessed,
  };
}
