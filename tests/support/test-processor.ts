/** A processor like the site's, for plugin tests: MDX in, HTML out, edition data kept. */
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../../src/plugins';
import type { Ledger } from '../../src/schemas';

export const testOrganisations = [
  {
    slug: 'hizb-ut-tahrir',
    forms: { kk: ['Хизб-ут-Тахрир'], ru: ['Хизб ут-Тахрир'], en: ['Hizb ut-Tahrir'] },
  },
  { slug: 'islamic-state', forms: { kk: ['Ислам мемлекеті'], ru: [], en: ['Islamic State'] } },
  {
    slug: 'islamic-state-khorasan-province',
    forms: { kk: ['Ислам мемлекеті – Хорасан уәлаяты', 'ИГВХ'], ru: [], en: ['ISKP'] },
  },
];

/** Renders an article body as if it were `content/article/{lang}.mdx`. */
export function render(markdown: string, lang = 'kk', base = '/', ledger?: Ledger) {
  const file = new VFile({ path: `/site/content/article/${lang}.mdx`, value: markdown });
  const html = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(
      remarkPlugins({
        base,
        blockIds: { ledger },
        citations: { references: [1, 2, 3, 7], base },
        organisations: { organisations: testOrganisations, base },
        slips: { slips: [] },
      }),
    )
    .use(remarkRehype)
    .use(rehypePlugins({ base, blockIds: { ledger } }))
    .use(rehypeStringify)
    .processSync(file);
  return { html: String(html), edition: file.data.edition! };
}
