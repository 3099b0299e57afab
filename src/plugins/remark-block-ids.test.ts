import { describe, expect, test } from 'vitest';
import { render } from '../../tests/support/test-processor';
import { fingerprint } from '../lib/fingerprint';

const body = `## Кіріспе \\{#introduction}

Бірінші абзац.

## Нәтижелер \\{#results}

Бірінші.

<IncidentTable>1-кесте. Хронология</IncidentTable>

Екінші:

1. Бір.
2. Екі.

Соңғы.
`;

describe('remark-block-ids', () => {
  test('takes section ids from the heading suffix and removes it from the text', () => {
    const { html } = render(body);
    expect(html).toContain('<h2 id="introduction" data-block="heading">Кіріспе');
    expect(html).not.toContain('{#');
  });
  test('numbers paragraphs and list items within each section, skipping the table', () => {
    const { edition } = render(body);
    expect(edition.blocks.map((b) => b.id)).toEqual([
      'introduction',
      'introduction-1',
      'results',
      'results-1',
      'table-1',
      'results-2',
      'results-3',
      'results-4',
      'results-5',
    ]);
    expect(edition.blocks.find((b) => b.id === 'results-3')).toMatchObject({
      kind: 'item',
      text: 'Бір.',
      line: 13,
    });
  });
  test('puts the ids on the HTML elements', () => {
    const { html } = render(body);
    expect(html).toMatch(
      /<p id="results-2" data-block="paragraph"><span class="block-number"[^>]*>2<\/span> Екінші:/,
    );
    expect(html).toMatch(/<li id="results-4" data-block="item">/);
  });
  test('leaves files that are not articles alone', () => {
    expect(() => render('# Title\n\ntext', 'about')).not.toThrow();
  });
  test('stops on a heading without an id, naming file, line and fix', () => {
    expect(() => render('## Кіріспе\n\nМәтін.')).toThrow(
      /content\/article\/kk\.mdx:1: the section heading "Кіріспе" has no id\. Fix: end the heading with its section id/,
    );
  });
  test('stops on a duplicate section id', () => {
    expect(() => render('## А \\{#results}\n\nx\n\n## Б \\{#results}\n\ny')).toThrow(
      /kk\.mdx:5: the id "results" is used twice/,
    );
  });
  test('stops on a block that would not line up across languages', () => {
    expect(() => render('## А \\{#results}\n\n> дәйексөз')).toThrow(/kk\.mdx:3: a blockquote cannot stand/);
    expect(() => render('Мәтін.\n\n## А \\{#results}')).toThrow(
      /text stands before the first section heading/,
    );
  });
});

describe('remark-block-ids with the id ledger', () => {
  // A ledger from a text that had a paragraph where "Бірінші." now stands, and was corrected.
  const record = (text: string) => {
    const fp = { v: '1.0', fp: fingerprint(text) };
    return { since: '1.0', kk: fp, ru: fp, en: fp };
  };
  const ledger = {
    ids: {
      'introduction-1': record('Бірінші абзац.'),
      'results-1': record('Алынған абзац.'),
      'results-2': record('Екінші:'),
      'results-3': record('Бір.'),
      'results-4': record('Екі.'),
      'results-5': record('Соңғы.'),
      'results-6': record('Бірінші.'),
    },
    retired: { 'results-1': { to: 'results-2', why: 'removed' as const, version: '1.1' } },
  };
  test('names each paragraph by the id the ledger records for its words', () => {
    const { edition } = render(body, 'kk', '/', ledger);
    expect(edition.blocks.map((b) => b.id)).toEqual([
      'introduction',
      'introduction-1',
      'results',
      'results-6',
      'table-1',
      'results-2',
      'results-3',
      'results-4',
      'results-5',
    ]);
  });
  test('stops on a paragraph the ledger does not record', () => {
    expect(() => render(body.replace('Соңғы.', 'Жаңа.'), 'kk', '/', ledger)).toThrow(
      /content\/article\/kk\.mdx:16: this paragraph is not in the id ledger/,
    );
  });
});
