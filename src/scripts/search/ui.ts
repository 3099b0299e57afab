/**
 * The search form and its results, on the search page and in the header's dialog: results as
 * the reader types, grouped by language, each naming and landing on its place; a page of
 * results at a time; an empty group offers to search all three languages.
 */
import { langs as allLangs, type Lang } from '../../i18n/locales';
import { pagePath } from '../../lib/paths';
import type { Hit } from '../../lib/search/results';
import type { SearchTerm } from '../../lib/search/terms';
import { search, warmUp } from './engine';

interface SearchStrings {
  none: string;
  results: string;
  term: string;
  aligned: string;
  more: string;
  widen: string;
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

/** Results shown at first, and added by each "show more". */
const PAGE = 10;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function resultItem(hit: Hit, strings: SearchStrings): HTMLLIElement {
  const excerpt = el('p', { className: 'excerpt' });
  excerpt.innerHTML = hit.excerpt; // built by excerptOf, which escapes the text
  const item = el('li', {}, el('a', { href: hit.href }, hit.label), excerpt);
  if (hit.alignedWith) {
    item.className = 'aligned';
    const [before, after = ''] = strings.aligned.split('{lang}');
    const language = el('span', { lang: hit.alignedWith }, strings.labels[hit.alignedWith]);
    item.append(el('p', { className: 'meta' }, before!, language, after));
  }
  return item;
}

/** A language's results, a page at a time; `offerWiden` where the other languages are off. */
function group(lang: Lang, hits: Hit[], ui: SearchUi, offerWiden?: () => void): HTMLElement {
  const section = el('section', { className: 'search-group' });
  if (lang !== ui.pageLang) section.lang = lang;
  section.append(el('h2', {}, `${ui.strings.labels[lang]} (${hits.length})`));
  if (hits.length === 0) {
    section.append(el('p', { className: 'meta' }, ui.strings.none));
    if (offerWiden) {
      const widen = el('button', { type: 'button', className: 'search-widen-offer' }, ui.strings.widen);
      widen.addEventListener('click', offerWiden);
      section.append(widen);
    }
    return section;
  }
  const list = el('ol', { className: 'search-results' });
  const more = el('button', { type: 'button', className: 'search-more' }, ui.strings.more);
  const showUpTo = (n: number) => {
    const first = list.children.length;
    for (const hit of hits.slice(first, n)) list.append(resultItem(hit, ui.strings));
    more.hidden = list.children.length >= hits.length;
    (list.children[first] as HTMLElement | undefined)
      ?.querySelector('a')
      ?.focus({ preventScroll: first === 0 });
  };
  more.addEventListener('click', () => showUpTo(list.children.length + PAGE));
  list.append(...hits.slice(0, PAGE).map((hit) => resultItem(hit, ui.strings)));
  more.hidden = hits.length <= PAGE;
  section.append(list, more);
  return section;
}

function setUpSearch(ui: SearchUi): { run: () => Promise<void> } {
  const input = ui.form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const widen = ui.form.querySelector<HTMLInputElement>('input[name="langs"]');
  const scope = (): Lang[] =>
    widen?.checked ? [ui.pageLang, ...allLangs.filter((l) => l !== ui.pageLang)] : [ui.pageLang];
  let generation = 0;

  const render = (query: string, groups: { lang: Lang; hits: Hit[] }[], term: SearchTerm | undefined) => {
    const parts: Node[] = [];
    if (term?.names) {
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
    const offerWiden =
      widen && !widen.checked
        ? () => {
            widen.checked = true;
            widen.dispatchEvent(new Event('change'));
          }
        : undefined;
    for (const { lang, hits } of groups) parts.push(group(lang, hits, ui, offerWiden));
    ui.output.replaceChildren(...parts);
    const total = groups.reduce((n, g) => n + g.hits.length, 0);
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
    const { groups, term } = await search(query, scope(), ui.base);
    if (mine === generation) render(query, groups, term);
  };

  warmUp(scope(), ui.base);
  // A search takes a few milliseconds, so every keystroke is answered; a stale answer is dropped.
  input.addEventListener('input', () => void run());
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
