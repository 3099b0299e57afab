/**
 * Keeps the reader's place when switching language: the links take the current #fragment, and
 * on the search page the search itself (`?q=…&langs=all`).
 */
export function keepFragment(doc: Document): void {
  const update = () => {
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-keep-fragment]')) {
      const url = new URL(link.href);
      url.hash = doc.location.hash;
      if (url.pathname.endsWith('/search/')) {
        const here = new URLSearchParams(doc.location.search);
        for (const key of ['q', 'langs']) {
          const value = here.get(key);
          if (value) url.searchParams.set(key, value);
          else url.searchParams.delete(key);
        }
      }
      link.href = url.href;
    }
  };
  update();
  window.addEventListener('hashchange', update);
  // A reader who scrolls without clicking a link still expects to land near where they were.
  doc.addEventListener('focusin', update);
  doc.addEventListener('pointerdown', update, { capture: true });
}
