import { describe, expect, test } from 'vitest';
import type { CapturedBlock } from './article-file';
import { blockLabels } from './block-labels';

const block = (id: string, kind: CapturedBlock['kind'], text = ''): CapturedBlock => ({
  id,
  kind,
  html: '',
  text,
});
const words = { paragraph: '{section}, {n}-абзац', table: '1-кесте' };

describe('blockLabels', () => {
  test('names a paragraph by the section it is in and its number, in the page language', () => {
    const labels = blockLabels(
      [
        block('abstract', 'heading', 'Аңдатпа'),
        block('abstract-1', 'paragraph'),
        block('results', 'heading', 'Нәтижелер'),
        block('results-12', 'item'),
      ],
      words,
    );
    expect(labels.get('abstract-1')).toBe('Аңдатпа, 1-абзац');
    expect(labels.get('results-12')).toBe('Нәтижелер, 12-абзац');
  });
  test('names a heading by its text and the table by its name', () => {
    const labels = blockLabels([block('results', 'heading', 'Нәтижелер'), block('table-1', 'table')], words);
    expect(labels.get('results')).toBe('Нәтижелер');
    expect(labels.get('table-1')).toBe('1-кесте');
  });
});
