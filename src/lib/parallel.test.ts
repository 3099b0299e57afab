import { describe, expect, test } from 'vitest';
import type { CapturedBlock } from './article-file';
import { languagePairs, parallelRows } from './parallel';

const block = (id: string, kind: CapturedBlock['kind'], text = id): CapturedBlock => ({
  id,
  kind,
  text,
  html: text,
});

describe('parallel view', () => {
  test('has six ordered language pairs', () => {
    expect(languagePairs().map((p) => `${p.lang}-${p.other}`)).toEqual([
      'kk-ru',
      'kk-en',
      'ru-kk',
      'ru-en',
      'en-kk',
      'en-ru',
    ]);
  });
  test('pairs blocks by id and numbers list items within their list', () => {
    const kk = [
      block('results', 'heading'),
      block('results-1', 'paragraph'),
      block('results-2', 'item'),
      block('results-3', 'item'),
      block('results-4', 'paragraph'),
    ];
    const en = kk.map((b) => ({ ...b, html: `${b.id} en` }));
    const rows = parallelRows(kk, en);
    expect(rows.map((r) => [r.id, r.number])).toEqual([
      ['results', undefined],
      ['results-1', undefined],
      ['results-2', 1],
      ['results-3', 2],
      ['results-4', undefined],
    ]);
    expect(rows[1]!.right.html).toBe('results-1 en');
  });
  test('refuses blocks that do not line up', () => {
    expect(() => parallelRows([block('results-1', 'paragraph')], [])).toThrow('results-1 has no counterpart');
  });
});
