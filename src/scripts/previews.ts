/**
 * Previews for glossary links and citations, shown where the reader is. Hover or keyboard focus
 * shows the entry; a tap or click opens it to stay, instead of leaving the text, with a link to
 * the entry and a close button. Escape, the close button or a tap outside closes it, and focus
 * returns to the link without scrolling, so the place is kept. The pointer can move onto the
 * box (WCAG 1.4.13). Without JavaScript the links simply go to the entry.
 */
import { clientStrings } from './client-strings';
import { entryOf, placeBox } from './preview-box';

const LINKS = 'a.org, a.cite';

export function setUpPreviews(doc: Document): void {
  // The reading page asks for them; elsewhere (the parallel view) its links simply go to the entry.
  if (!doc.querySelector('[data-previews]')) return;
  const strings = clientStrings(doc);
  const box = doc.createElement('div');
  box.id = 'preview';
  box.className = 'preview';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-labelledby', 'preview-title');
  box.tabIndex = -1;
  box.hidden = true;
  let current: HTMLAnchorElement | null = null;
  let pinned = false;
  let hideTimer: number | undefined;
  // Focus given back to a link on close must not open its preview again.
  let returning = false;

  /** A pinned box's controls join the Tab order; a passing (hover, focus) one adds no stops. */
  const pin = (value: boolean) => {
    pinned = value;
    for (const control of box.querySelectorAll<HTMLElement>('a, button')) control.tabIndex = value ? 0 : -1;
  };
  const focusIsOn = (link: HTMLAnchorElement) =>
    doc.activeElement === link || box.contains(doc.activeElement);
  const hide = () => {
    window.clearTimeout(hideTimer);
    box.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
    pin(false);
  };
  /** Closes the preview and gives focus back to its link where focus was inside it. */
  const close = () => {
    const link = current;
    const focusInside = box.contains(doc.activeElement);
    hide();
    if (!focusInside || !link) return;
    returning = true;
    link.focus({ preventScroll: true });
    returning = false;
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 300);
  };
  /** A pointer left `link` or the box: hide, unless keyboard focus or a click keeps it open. */
  const pointerLeft = (link: HTMLAnchorElement | null) => {
    if (!link || link !== current || pinned || focusIsOn(link)) return;
    hideSoon();
  };

  const show = async (link: HTMLAnchorElement, toStay: boolean) => {
    window.clearTimeout(hideTimer);
    if (current === link && !box.hidden) {
      if (toStay) pin(true);
      return true;
    }
    current?.removeAttribute('aria-describedby');
    current = link;
    pinned = toStay;
    const entry = await entryOf(new URL(link.href));
    if (current !== link) return true;
    if (!entry) return false;
    const title = doc.createElement('strong');
    title.id = 'preview-title';
    title.textContent = entry.title;
    const text = doc.createElement('p');
    text.textContent = entry.text;
    const more = doc.createElement('a');
    more.href = link.href;
    more.textContent = strings['preview.open'] ?? '';
    const closer = doc.createElement('button');
    closer.type = 'button';
    closer.className = 'preview-close';
    closer.textContent = '×';
    closer.setAttribute('aria-label', strings['preview.close'] ?? '');
    closer.addEventListener('click', close);
    box.replaceChildren(closer, title, text, more);
    pin(pinned);
    // Right after its link, so Tab from the link goes into the box and on into the text.
    link.after(box);
    box.hidden = false;
    placeBox(box, link);
    link.setAttribute('aria-describedby', box.id);
    return true;
  };

  for (const link of doc.querySelectorAll<HTMLAnchorElement>(LINKS)) {
    link.addEventListener('mouseenter', () => {
      if (!pinned) void show(link, false);
    });
    link.addEventListener('mouseleave', () => pointerLeft(link));
    link.addEventListener('focus', () => {
      if (!returning) void show(link, pinned && current === link);
    });
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void show(link, true).then((found) => {
        if (!found) window.location.assign(link.href);
        else if (current === link) box.focus({ preventScroll: true });
      });
    });
  }
  box.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  box.addEventListener('mouseleave', () => pointerLeft(current));
  // Focus leaving both the link and its box closes it; focus moving between them does not.
  doc.addEventListener('focusout', (event) => {
    if (!current || box.hidden) return;
    const from = event.target as Node;
    const to = event.relatedTarget as Node | null;
    if (from !== current && !box.contains(from)) return;
    if (to && (to === current || box.contains(to))) return;
    if (!to && pinned) return; // a click on plain text: the tap-outside rule decides
    if (to && pinned) hide();
    else hideSoon();
  });
  doc.addEventListener(
    'pointerdown',
    (event) => {
      const target = event.target as Node;
      if (!box.hidden && target !== current && !current?.contains(target) && !box.contains(target)) hide();
    },
    { capture: true },
  );
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !box.hidden) close();
  });
}
