import { describe, expect, test } from 'vitest';
import { render } from '../../tests/support/test-processor';

const body = `## Нәтижелер \\{#results}

Хизб-ут-Тахрир 1953 жылы құрылды. Хизб-ут-Тахрирдің мақсаты.

«Ислам мемлекеті – Хорасан уәлаяты» (ИГВХ) және «Ислам мемлекеті».

## Қорытынды \\{#conclusion}

Хизб-ут-Тахрир.
`;

describe('remark-organisation-links', () => {
  test('links the first mention of an organisation in each section', () => {
    const { html } = render(body);
    const links = html.match(/<a href="\/kk\/organisations\/#hizb-ut-tahrir"[^>]*>[^<]*<\/a>/g);
    expect(links).toEqual([
      '<a href="/kk/organisations/#hizb-ut-tahrir" class="org">Хизб-ут-Тахрир</a>',
      '<a href="/kk/organisations/#hizb-ut-tahrir" class="org">Хизб-ут-Тахрир</a>',
    ]);
  });
  test('records every paragraph that mentions it, inflected forms included', () => {
    const { edition } = render(body);
    expect(edition.mentions['hizb-ut-tahrir']).toEqual(['results-1', 'conclusion-1']);
  });
  test('prefers the longest form, so a province is not taken for its state', () => {
    const { edition, html } = render(body);
    expect(html).toContain(
      '/kk/organisations/#islamic-state-khorasan-province" class="org">Ислам мемлекеті – Хорасан уәлаяты</a>',
    );
    expect(edition.mentions['islamic-state']).toEqual(['results-2']);
  });
  test('resolves an explicit org: link and stops on an unknown slug', () => {
    expect(render('## А \\{#results}\n\n[бұл ұйым](org:hizb-ut-tahrir)').html).toContain(
      'href="/kk/organisations/#hizb-ut-tahrir" class="org"',
    );
    expect(() => render('## А \\{#results}\n\n[ұйым](org:no-such-org)')).toThrow(
      'content/article/kk.mdx:3: the organisation "no-such-org" is not in the glossary. Fix: use a slug from content/organisations.yaml, or add the organisation there',
    );
  });
});
