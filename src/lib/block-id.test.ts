import { describe, expect, test } from 'vitest';
import { blockId, parseBlockId, placeLabel, sectionOf } from './block-id';

describe('block ids', () => {
  test('a block id is its section and number, and parses back', () => {
    expect(blockId('results', 4)).toBe('results-4');
    expect(parseBlockId('results-4')).toEqual({ section: 'results', n: 4 });
    expect(parseBlockId('table-1')).toEqual({ section: 'table', n: 1 });
    expect(parseBlockId('how-to-cite')).toEqual({ section: 'how-to-cite' });
    expect(sectionOf('abstract-1')).toBe('abstract');
  });
  test('labels a paragraph by its section title and number', () => {
    const titles = new Map([['results', 'Нәтижелер мен талқылаулар']]);
    expect(placeLabel('results-5', titles)).toBe('Нәтижелер мен талқылаулар, 5');
    expect(placeLabel('results', titles)).toBe('Нәтижелер мен талқылаулар');
    expect(placeLabel('methods-2', titles)).toBe('methods, 2');
  });
});
