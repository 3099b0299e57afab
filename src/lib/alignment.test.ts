import { describe, expect, test } from 'vitest';
import { checkAlignment, markersIn, numbersIn } from './alignment';
import type { Block } from './article-file';

const block = (id: string, kind: Block['kind'], text = '', line = 1): Block => ({
  id,
  section: id.replace(/-\d+$/, ''),
  kind,
  text,
  line,
});
const original = [
  block('results', 'heading'),
  block('results-1', 'paragraph', '1996 жылы құрылды [2].'),
  block('results-2', 'paragraph', '2001 жылы [3].'),
];

describe('numbers and markers', () => {
  test('reads digit runs, so 1990s and 93rd keep their numbers', () => {
    expect(numbersIn('in the 1990s, 93rd place, [7]')).toEqual(['1990', '7', '93']);
  });
  test('reads citation markers in order', () => {
    expect(markersIn('a [2]. b [7]. c [2].')).toEqual(['[2]', '[7]', '[2]']);
  });
});

describe('checkAlignment', () => {
  test('passes a translation with the same paragraphs, numbers and markers', () => {
    const translation = [
      block('results', 'heading'),
      block('results-1', 'paragraph', 'founded in 1996 [2].'),
      block('results-2', 'paragraph', 'in 2001 [3].'),
    ];
    expect(checkAlignment('content/article/en.mdx', original, translation)).toEqual([]);
  });
  test('names the file, section, paragraph and line when a paragraph is missing', () => {
    const translation = [
      block('results', 'heading'),
      block('results-1', 'paragraph', 'founded in 1996 [2].', 30),
    ];
    const [error] = checkAlignment('content/article/en.mdx', original, translation);
    expect(error?.message).toMatch(/^content\/article\/en\.mdx:30: section "results" has 1 paragraphs/);
    expect(error?.message).toContain('the Kazakh original has 2');
    expect(error?.message).toContain('results-2');
    expect(error?.fix).toMatch(/do not split, merge or drop/);
  });
  test('names a paragraph whose year differs from the original', () => {
    const translation = [
      block('results', 'heading'),
      block('results-1', 'paragraph', 'founded in 1969 [2].', 12),
      block('results-2', 'paragraph', 'in 2001 [3].'),
    ];
    const [error] = checkAlignment('content/article/en.mdx', original, translation);
    expect(error?.message).toBe(
      'content/article/en.mdx:12: paragraph results-1 lacks 1996 and has 1969 that the original does not (numbers, years and citations must match the Kazakh paragraph). Fix: write every number, year and citation of the original paragraph in this paragraph, in digits',
    );
  });
  test('names a paragraph that lost a citation marker', () => {
    const translation = [
      block('results', 'heading'),
      block('results-1', 'paragraph', 'founded in 1996 2.'),
      block('results-2', 'paragraph', 'in 2001 [3].'),
    ];
    const errors = checkAlignment('content/article/en.mdx', original, translation);
    expect(errors.map((e) => e.problem)).toContain(
      'paragraph results-1 cites nothing, the Kazakh original cites [2]',
    );
  });
  test('reports different sections before anything else', () => {
    const [error] = checkAlignment('content/article/ru.mdx', original, [block('methods', 'heading')]);
    expect(error?.problem).toBe('the sections are [methods], the Kazakh original has [results]');
  });
});
