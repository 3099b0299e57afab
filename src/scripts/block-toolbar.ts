/**
 * Makes each block's tools (¶, copy, the other languages, side by side, cite) one Tab stop:
 * a WAI-ARIA toolbar whose arrow keys, Home and End move between its links and buttons
 * (roving tabindex). It remembers the last tool used, so Tab returns to it. Without
 * JavaScript the tools stay ordinary links, each a Tab stop.
 */
import { clientStrings } from './client-strings';

const ITEMS = 'a[href], button';

/** The toolbar's items, in order. */
function itemsOf(bar: Element): HTMLElement[] {
  return [...bar.querySelectorAll<HTMLElement>(ITEMS)];
}

/** Gives `item` the toolbar's one Tab stop. */
function rove(items: HTMLElement[], item: HTMLElement): void {
  for (const i of items) i.tabIndex = i === item ? 0 : -1;
}

/** The key's target among `items`, or undefined for a key the toolbar leaves alone. */
function targetOf(key: string, items: HTMLElement[], at: number): HTMLElement | undefined {
  const last = items.length - 1;
  if (key === 'ArrowRight' || key === 'ArrowDown') return items[at === last ? 0 : at + 1];
  if (key === 'ArrowLeft' || key === 'ArrowUp') return items[at === 0 ? last : at - 1];
  if (key === 'Home') return items[0];
  if (key === 'End') return items[last];
  return undefined;
}

/** Turns every `.block-tools` of the page into a toolbar; run after the copy buttons exist. */
export function setUpBlockToolbars(doc: Document): void {
  const label = clientStrings(doc)['block.tools'] ?? '';
  for (const bar of doc.querySelectorAll<HTMLElement>('.block-tools')) {
    const items = itemsOf(bar);
    if (items.length < 2) continue;
    bar.setAttribute('role', 'toolbar');
    const id = bar.querySelector<HTMLAnchorElement>('a.permalink')?.hash.slice(1);
    bar.setAttribute('aria-label', id ? `${label}: ${id}` : label);
    rove(items, items[0]);
    bar.addEventListener('focusin', (event) => {
      const item = event.target as HTMLElement;
      if (items.includes(item)) rove(items, item);
    });
    bar.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const at = items.indexOf(event.target as HTMLElement);
      const next = at < 0 ? undefined : targetOf(event.key, items, at);
      if (!next) return;
      event.preventDefault();
      next.focus();
    });
  }
}
