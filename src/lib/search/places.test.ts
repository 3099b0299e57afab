import { describe, expect, test } from 'vitest';
import { articlePlaces, entryPlaces, markdownSections } from './places';

const words = {
  paragraph: 'абзац',
  table: 'Таблица 1',
  glossary: 'Организации',
  references: 'Литература',
  about: 'Об издании',
};

describe('the places search lands on', () => {
  test('an article paragraph is named by its section and number', () => {
    const places = articlePlaces(
      [
        { id: 'results', kind: 'heading', text: 'Результаты и обсуждение' },
        { id: 'results-2', kind: 'paragraph', text: 'ИГИЛ возникло …' },
        { id: 'table-1', kind: 'table', text: 'Таблица 1' },
      ],
      words,
    );
    expect(places.map((p) => [p.id, p.label])).toEqual([
      ['results', 'Результаты и обсуждение'],
      ['results-2', 'Результаты и обсуждение, абзац 2'],
    ]);
  });

  test('a glossary entry is named as one and holds its other names', () => {
    const [entry] = entryPlaces(
      [{ slug: 'al-qaeda', name: 'Аль-Каида', otherNames: ['Al-Qaeda', 'Аль-Каида'], summary: 'Создана …' }],
      words,
    );
    expect(entry).toMatchObject({ id: 'al-qaeda', page: 'organisations', label: 'Организации: Аль-Каида' });
    expect(entry!.text).toBe('Аль-Каида · Al-Qaeda. Создана …');
  });

  test('an About page is split at its headings, each section with its heading id, as plain text', () => {
    const body =
      'Intro.\n\n## The source\n\nSee [the PDF](x) and `a.txt`.\n\n## Citing \\{#cite}\n\n- One *item*\n';
    expect(markdownSections(body, (h) => h.toLowerCase().replace(/\s+/g, '-'))).toEqual([
      { id: 'the-source', title: 'The source', text: 'See the PDF and a.txt.' },
      { id: 'citing', title: 'Citing', text: 'One item' },
    ]);
  });
});
