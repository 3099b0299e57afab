import { describe, expect, test } from 'vitest';
import {
  blockTextOf,
  cleanHeading,
  excerptAround,
  headingOf,
  landingAnchor,
  markedWords,
  type Anchor,
} from './results';

const anchors: Anchor[] = [
  { element: 'h1', id: 'title', text: 'Title', location: 0 },
  { element: 'h2', id: 'results', text: 'Нәтижелер мен талқылаулар #Дәйексөз келтіру', location: 10 },
  { element: 'p', id: 'results-1', text: 'Бірінші абзац', location: 11 },
  { element: 'a', id: 'cite-2-1', text: '[2]', location: 40 },
  { element: 'p', id: 'results-2', text: 'Екінші абзац', location: 50 },
];

describe('search results', () => {
  test('land on the paragraph that holds the match, not on a citation link inside it', () => {
    expect(landingAnchor(anchors, 45)?.id).toBe('results-1');
    expect(landingAnchor(anchors, 50)?.id).toBe('results-2');
    expect(landingAnchor(anchors, 3)).toBeUndefined();
  });
  test('name the section a match is in, without the paragraph tools', () => {
    expect(headingOf(anchors, 45)).toBe('Нәтижелер мен талқылаулар');
    expect(cleanHeading('Аңдатпа # Дәйексөз келтіру')).toBe('Аңдатпа');
  });
  test('leave the paragraph tools out of a block’s text', () => {
    expect(blockTextOf({ element: 'p', id: 'x', location: 0, text: 'Мәтін [5]. ¶Дәйексөз келтіру' })).toBe(
      'Мәтін [5].',
    );
    expect(blockTextOf({ element: 'p', id: 'x', location: 0, text: 'Text. ¶ Original Cite' })).toBe('Text.');
  });
  test('read the words Pagefind marked', () => {
    expect(markedWords('терроризм <mark>мәселесі</mark> және <mark>ШЫҰ,</mark>')).toEqual([
      'мәселесі',
      'шыұ',
    ]);
  });
  test('cut an excerpt around the first match and mark every form of the words', () => {
    const text = 'Бұл мақалада терроризм мәселесі талқыланып, ұйымдардың мақсаты және ұйым туралы айтылады.';
    expect(excerptAround(text, ['ұйым'], 20)).toBe('… талқыланып, <mark>ұйымдардың</mark> мақсаты …');
    expect(excerptAround(text, ['ұйым'], 60)).toContain('және <mark>ұйым</mark> туралы');
  });
  test('escape the text it shows', () => {
    expect(excerptAround('a <b> c', ['c'])).toBe('a &lt;b&gt; <mark>c</mark>');
  });
});
