import { describe, expect, test } from 'vitest';
import { render } from '../../tests/support/test-processor';

const body = `## Кіріспе \\{#introduction}

Мәтін.
`;

describe('rehype-block-tools', () => {
  test('gives every paragraph and heading a clean permalink, left out of the search index', () => {
    const { html } = render(body);
    expect(html).toMatch(
      /<span class="block-tools"><a class="permalink" href="\/kk\/#introduction-1" aria-label="Осы жерге тұрақты сілтеме: introduction-1">¶<\/a> /,
    );
    expect(html).toContain(
      '<a class="permalink" href="/kk/#introduction" aria-label="Осы жерге тұрақты сілтеме: introduction">#</a> <a class="cite-link" href="#how-to-cite" data-cite="introduction">',
    );
  });
  test('links each translated paragraph to the same paragraph of the Kazakh original', () => {
    const { html } = render(body, 'en', '/edition/');
    expect(html).toContain(
      '<a class="to-original" href="/edition/kk/#introduction-1" hreflang="kk" aria-label="Қазақша: This paragraph in the original" title="This paragraph in the original"><span lang="kk">Қаз</span></a>',
    );
  });
  test('leads from a paragraph of the original to both translations and the parallel view there', () => {
    const { html } = render(body, 'kk', '/edition/');
    expect(html).not.toContain('to-original');
    expect(html).toContain('<a class="to-lang" href="/edition/ru/#introduction-1" hreflang="ru"');
    expect(html).toContain('<a class="to-lang" href="/edition/en/#introduction-1" hreflang="en"');
    expect(html).toContain('<a class="to-parallel" href="/edition/kk/parallel/ru/#introduction-1"');
  });
  test('gives a heading no language links: its section is reached from its first paragraph', () => {
    const heading = render(body, 'ru').html.split('\n')[0];
    expect(heading).not.toContain('to-lang');
    expect(heading).not.toContain('to-parallel');
  });
  test('shows each paragraph the number its id carries, and none on a heading', () => {
    const { html } = render(body, 'ru', '/edition/');
    expect(html).toContain(
      '<p id="introduction-1" data-block="paragraph"><span class="block-number" aria-hidden="true">1</span> Мәтін.',
    );
    expect(html).toMatch(/<h2 id="introduction" data-block="heading">Кіріспе <span class="block-tools"/);
    expect(html).toContain('href="/edition/ru/#introduction-1"');
  });
  test('offers no link to the original on the original', () => {
    expect(render(body).html).not.toContain('to-original');
  });
});
