/** The preview box's content and place: an entry read from its own page, set beside its link. */
const pages = new Map<string, Promise<Document>>();

function pageOf(url: URL): Promise<Document> {
  const key = url.pathname;
  if (!pages.has(key)) {
    pages.set(
      key,
      fetch(key)
        .then((r) => r.text())
        .then((html) => new DOMParser().parseFromString(html, 'text/html')),
    );
  }
  return pages.get(key)!;
}

/**
 * The glossary entry or reference a link points at (fetched once per page, same origin):
 * its title and its text, or null when the page or the entry cannot be had.
 */
export async function entryOf(url: URL): Promise<{ title: string; text: string } | null> {
  try {
    const entry = (await pageOf(url)).getElementById(decodeURIComponent(url.hash.slice(1)));
    if (!entry) return null;
    const title = entry.querySelector('h2, h3')?.childNodes[0]?.textContent?.trim() ?? '';
    // A reference whose entry the source lacks says so once, at the top of its page.
    const body =
      entry.querySelector('.summary, .ref-entry') ?? entry.ownerDocument.querySelector('.references-missing');
    const text = (body?.textContent ?? '').trim();
    return { title, text };
  } catch {
    return null;
  }
}

/**
 * Sets the box just below its link, inside the viewport's width. On a narrow screen the
 * stylesheet makes it a sheet along the bottom of the screen instead, as Wikipedia does.
 */
export function placeBox(box: HTMLElement, link: HTMLElement): void {
  box.style.removeProperty('left');
  box.style.removeProperty('top');
  box.style.removeProperty('width');
  if (getComputedStyle(box).position !== 'absolute') return;
  const viewport = document.documentElement.clientWidth;
  const width = Math.min(352, viewport - 16);
  box.style.width = `${width}px`;
  box.style.left = '0px';
  box.style.top = '0px';
  // Where (0, 0) falls, whatever the positioned ancestor: the box's own rectangle says.
  const origin = box.getBoundingClientRect();
  const rect = link.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, viewport - width - 8));
  box.style.left = `${left - origin.left}px`;
  box.style.top = `${rect.bottom + 6 - origin.top}px`;
}
