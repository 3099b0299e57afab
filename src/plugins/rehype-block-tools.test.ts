import { describe, expect, test } from 'vitest';
import { render } from '../../tests/support/test-processor';

const body = `## Кіріспе \\{#introduction}

Мәтін.
`;

describe('rehype-block-tools', () => {
  test('gives every paragraph and heading a clean permalink, left out of the search index', () => {
    const { html } = render(body);
    expect(html).toContain(
      '<span class="block-tools" data-pagefind-ignore=""><a class="permalink" href="/kk/#introduction-1" aria-label="Осы жерге тұрақты сілтеме: introduction-1">¶</a> <a class="cite-link" href="#how-to-cite" data-cite="introduction-1">Дәйексөз келтіру</a></span>',
    );
    expect(html).toContain(
      '<a class="permalink" href="/kk/#introduction" aria-label="Осы жерге тұрақты сілтеме: introduction">#</a>',
    );
  });
  test('links each translated paragraph to the same paragraph of the Kazakh original', () => {
    const { html } = render(body, 'en', '/edition/');
    expect(html).toContain(
      '<a class="to-original" href="/edition/kk/#introduction-1" hreflang="kk" title="This paragraph in the original">Original</a>',
    );
  });
  test('shows each paragraph the number its id carries, and none on a heading', () => {
    const { html } = render(body, 'ru', '/edition/');
    expect(html).toContain(
      '<p id="introduction-1" data-block="paragraph"><span class="block-number" aria-hidden="true" data-pagefind-ignore="">1</span> Мәтін.',
    );
    expect(html).toMatch(/<h2 id="introduction" data-block="heading">Кіріспе <span class="block-tools"/);
    expect(html).toContain('href="/edition/ru/#introduction-1"');
  });
  test('offers no link to the original on the original', () => {
    expect(render(body).html).not.toContain('to-original');
  });
});
