/** Keeps the reader's place when switching language: the links take the current #fragment. */
export function keepFragment(doc: Document): void {
  const update = () => {
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-keep-fragment]')) {
      const url = new URL(link.href);
      url.hash = doc.location.hash;
      link.href = url.href;
    }
  };
  update();
  window.addEventListener('hashchange', update);
  // A reader who scrolls without clicking a link still expects to land near where they were.
  doc.addEventListener('focusin', update);
  doc.addEventListener('pointerdown', update, { capture: true });
}
