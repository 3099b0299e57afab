import { describe, expect, test } from 'vitest';
import { sentenceAround } from './remark-citations';
import { render } from '../../tests/support/test-processor';

const body = `## Нәтижелер \\{#results}

Бірінші сөйлем [1]. Екінші сөйлем [2].

Тағы бір сөйлем [1].
`;

describe('remark-citations', () => {
  test('links each marker to its reference with a cite-n-k id', () => {
    const { html } = render(body);
    expect(html).toContain('<a href="/kk/references/#ref-1" id="cite-1-1" class="cite" data-ref="1">[1]</a>');
    expect(html).toContain('<a href="/kk/references/#ref-1" id="cite-1-2" class="cite" data-ref="1">[1]</a>');
    expect(html).toContain('id="cite-2-1"');
  });
  test('records the paragraph and the sentence each citation supports', () => {
    const { edition } = render(body);
    expect(edition.citations).toEqual([
      { n: 1, k: 1, id: 'cite-1-1', block: 'results-1', sentence: 'Бірінші сөйлем [1].' },
      { n: 2, k: 1, id: 'cite-2-1', block: 'results-1', sentence: 'Екінші сөйлем [2].' },
      { n: 1, k: 2, id: 'cite-1-2', block: 'results-2', sentence: 'Тағы бір сөйлем [1].' },
    ]);
  });
  test('respects the base path and the page language', () => {
    expect(render(body, 'ru', '/edition/').html).toContain('href="/edition/ru/references/#ref-2"');
  });
  test('stops on a number with no reference, naming file, line and fix', () => {
    expect(() => render('## А \\{#results}\n\nМәтін [9].')).toThrow(
      'content/article/kk.mdx:3: the citation [9] has no reference. Fix: add an entry "- n: 9" to content/references.yaml, or correct the number',
    );
  });
  test('finds the sentence around a marker', () => {
    expect(sentenceAround('A b. C d [4]. E f.', '[4]')).toBe('C d [4].');
    expect(sentenceAround('Only [4]', '[4]')).toBe('Only [4]');
  });
});
