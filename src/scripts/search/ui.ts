/**
 * The search form and its results, on the search page and in the header's dialog: results as
 * the reader types, grouped by language, each landing on its paragraph.
 */
import { langs as allLangs, type Lang } from '../../i18n/locales';
import { searchLanguage, termFor, warmUp, type Hit } from './engine';
import { pagePath } from '../../lib/paths';

interface SearchStrings {
  none: string;
  results: string;
  term: string;
  labels: Record<Lang, string>;
}

interface SearchUi {
  form: HTMLFormElement;
  output: HTMLElement;
  status: HTMLElement;
  base: string;
  pageLang: Lang;
  strings: SearchStrings;
  /** On the search page the URL follows the query, so a search can be linked to. */
  updateUrl: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function setUpSearch(ui: SearchUi): { run: () => Promise<void> } {
  const input = ui.form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const widen = ui.form.querySelector<HTMLInputElement>('input[name="langs"]');
  const scope = (): Lang[] =>
    widen?.checked ? [ui.pageLang, ...allLangs.filter((l) => l !== ui.pageLang)] : [ui.pageLang];
  let generation = 0;
  let timer: number | undefined;

  const render = (
    query: string,
    groups: { lang: Lang; hits: Hit[] }[],
    term: Awaited<ReturnType<typeof termFor>>,
  ) => {
    const parts: Node[] = [];
    if (term) {
      const href = pagePath(ui.base, ui.pageLang, 'organisations', term.slug);
      parts.push(
        el(
          'p',
          { className: 'search-term' },
          `${ui.strings.term}: `,
          el('a', { href }, term.names[ui.pageLang]),
        ),
      );
    }
    let total = 0;
    for (const { lang, hits } of groups) {
      total += hits.length;
      const section = el('section', { className: 'search-group' });
      if (lang !== ui.pageLang) section.lang = lang;
      section.append(el('h2', {}, `${ui.strings.labels[lang]} (${hits.length})`));
      if (hits.length === 0) section.append(el('p', { className: 'meta' }, ui.strings.none));
      const list = el('ol', { className: 'search-results' });
      for (const hit of hits) {
        const excerpt = el('p', { className: 'excerpt' });
        excerpt.innerHTML = hit.excerpt; // built by excerptAround, which escapes the text
        list.append(
          el('li', {}, el('a', { href: hit.href }, hit.page + (hit.place ? ` · ${hit.place}` : '')), excerpt),
        );
      }
      if (hits.length) section.append(list);
      parts.push(section);
    }
    ui.output.replaceChildren(...parts);
    ui.status.textContent = query ? `${ui.strings.results}: ${total}` : '';
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (ui.updateUrl) {
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      if (widen?.checked) url.searchParams.set('langs', 'all');
      else url.searchParams.delete('langs');
      history.replaceState(null, '', url);
    }
    if (!query) {
      render('', [], undefined);
      return;
    }
    const languages = scope();
    const [term, ...groups] = await Promise.all([
      termFor(query, ui.base),
      ...languages.map(async (lang) => ({ lang, hits: await searchLanguage(query, lang, ui.base) })),
    ]);
    if (mine === generation)
      render(query, groups as { lang: Lang; hits: Hit[] }[], term as Awaited<ReturnType<typeof termFor>>);
  };

  warmUp(scope(), ui.base);
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 60);
  });
  widen?.addEventListener('change', () => {
    warmUp(scope(), ui.base);
    void run();
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  return { run };
}

/** The strings the server rendered onto a search form's `data-strings`. */
function searchStrings(form: HTMLElement): SearchStrings {
  return JSON.parse(form.dataset.strings!) as SearchStrings;
}

/**
 * Search on a server-rendered form (SearchForm.astro), in the form's language, writing into
 * the elements with the given ids: the search page and the header's dialog both use this.
 */
export function setUpSearchForm(
  doc: Document,
  form: HTMLFormElement,
  ids: { output: string; status: string },
  updateUrl: boolean,
): { run: () => Promise<void> } {
  return setUpSearch({
    form,
    output: doc.getElementById(ids.output)!,
    status: doc.getElementById(ids.status)!,
    base: import.meta.env.BASE_URL,
    pageLang: form.dataset.lang as Lang,
    strings: searchStrings(form),
    updateUrl,
  });
}
