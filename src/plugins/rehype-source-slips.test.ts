import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { Slip } from '../schemas';
import rehypeSourceSlips, { bareWords } from './rehype-source-slips';
import remarkBlockIds from './remark-block-ids';

const body = `## Нәтижелер \\{#results}

Терроризм алғаш рет 1990 жылдары байқалды. Олар бұл қаланы азат етуге ұмтылды.
`;
const slip = (kk: string): Slip => ({
  block: 'results-1',
  words: { kk, ru: kk, en: kk },
  note: { kk: 'Дереккөзде осылай.', ru: 'Так в источнике.', en: 'So in the source.' },
});

function render(slips: Slip[]): string {
  const file = new VFile({ path: '/site/content/article/kk.mdx', value: body });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkBlockIds)
      .use(remarkRehype)
      .use(rehypeSourceSlips, { slips })
      .use(rehypeStringify)
      .processSync(file),
  );
}

describe('rehype-source-slips', () => {
  test('sets [sic] right after the words and leaves every word of the text as written', () => {
    const html = render([slip('1990 жылдары'), slip('бұл қаланы')]);
    expect(html).toContain(
      '1990 жылдары<span class="sic" data-editorial="">[<i lang="la">sic</i>]</span> байқалды',
    );
    expect(html).toContain('бұл қаланы<span class="sic"');
    // Without the edition's marks, the paragraph reads exactly as before.
    const bare = html
      .replaceAll('<span class="sic" data-editorial="">[<i lang="la">sic</i>]</span>', '')
      .replace(/ <span class="editorial-note".*?<\/span>[^<]*<\/span>/g, '');
    expect(bare).toContain(
      'Терроризм алғаш рет 1990 жылдары байқалды. Олар бұл қаланы азат етуге ұмтылды.</p>',
    );
  });

  test('explains each slip in a note at the end of its paragraph, in the page’s language', () => {
    const html = render([slip('1990 жылдары')]);
    expect(html).toMatch(
      /<span class="editorial-note" role="note" data-editorial=""><span class="editorial-note-label">\[<i lang="la">sic<\/i>\] Редактор ескертпесі, «1990 жылдары»:<\/span> Дереккөзде осылай\.<\/span><\/p>/,
    );
  });

  test('stops when the words are not in the paragraph', () => {
    expect(() => render([slip('2000 жылдары')])).toThrow('"2000 жылдары" is not in kk paragraph results-1');
  });

  test('quotes the words without the quotation marks the text put round them', () => {
    expect(bareWords('«араб көктемі»')).toBe('араб көктемі');
    expect(bareWords('“Arab Spring”')).toBe('Arab Spring');
  });
});
