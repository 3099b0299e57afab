/**
 * Keeps the reader's place when switching language: the switch's links take the id of the
 * block being read (the same in every language), and on the search page the search itself
 * (`?q=…&langs=all`). The block is the URL's #fragment while its block is in view, else the
 * one at the reading line where the reader last stopped scrolling. Scrolling back to the very
 * top, as a phone reader does to reach the switch, keeps the place, and so does the scrolling
 * that follows the focus when a keyboard reader tabs to it.
 */

/** The id of the block the reader is at, or undefined where no block is in view. */
function placeInView(doc: Document): string | undefined {
  const view = doc.defaultView!;
  const hash = decodeURIComponent(doc.location.hash.slice(1));
  const target = hash ? doc.getElementById(hash) : null;
  const box = target?.getBoundingClientRect();
  if (box && box.bottom > 0 && box.top < view.innerHeight) return hash;
  // The reader's eyes rest a little below the top edge (or below a header that stays).
  const line = view.innerHeight * 0.2;
  const blocks = doc.querySelectorAll<HTMLElement>('main [data-block][id], main .parallel-row[id]');
  const reading = [...blocks].find((b) => b.getBoundingClientRect().bottom > line);
  return reading && reading.getBoundingClientRect().top < view.innerHeight ? reading.id : undefined;
}

export function keepFragment(doc: Document): void {
  const view = doc.defaultView!;
  let place = decodeURIComponent(doc.location.hash.slice(1));
  const apply = () => {
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-keep-fragment]')) {
      const url = new URL(link.href);
      url.hash = place;
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
  // A scroll that follows the focus (Tab back up to the switch) is travel, not reading.
  let travelling = false;
  doc.addEventListener('focusin', () => (travelling = true));
  const reading = (event: Event) => {
    if (!(event instanceof KeyboardEvent) || /^(Page|Arrow|Home|End| )/.test(event.key)) travelling = false;
  };
  for (const type of ['wheel', 'touchmove', 'keydown'])
    view.addEventListener(type, reading, { passive: true });
  const record = () => {
    if (travelling || view.scrollY < 1) return;
    place = placeInView(doc) ?? place;
    apply();
  };
  apply();
  // The search page changes its query without an event: take it when the switch is used.
  doc.addEventListener('pointerdown', apply, { capture: true });
  doc.addEventListener('focusin', apply);
  view.addEventListener('hashchange', () => {
    place = decodeURIComponent(doc.location.hash.slice(1));
    apply();
  });
  // Older Safari has no scrollend: record a moment after scrolling stops instead.
  if ('onscrollend' in (view as object)) view.addEventListener('scrollend', record);
  else {
    let timer = 0;
    view.addEventListener('scroll', () => {
      view.clearTimeout(timer);
      timer = view.setTimeout(record, 200);
    });
  }
}
