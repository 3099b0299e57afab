/**
 * Previews for glossary links and citations: on hover or keyboard focus, a small box shows
 * the glossary entry or the reference, read from its own page (fetched once, same origin),
 * so the article carries no copy of it. Escape closes it; the pointer can move onto it
 * (WCAG 1.4.13); without JavaScript the links simply go to the entry.
 */
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

/** The preview's lines for an entry: its title, then its text. */
function linesOf(entry: Element): { title: string; text: string } {
  const title = entry.querySelector('h2, h3')?.childNodes[0]?.textContent?.trim() ?? '';
  // A reference whose entry the source lacks says so once, at the top of its page.
  const body =
    entry.querySelector('.summary, .ref-entry') ?? entry.ownerDocument.querySelector('.references-missing');
  const text = (body?.textContent ?? '').trim();
  return { title, text };
}

export function setUpPreviews(doc: Document): void {
  const box = doc.createElement('div');
  box.id = 'preview';
  box.className = 'preview';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  doc.body.append(box);
  let current: HTMLAnchorElement | null = null;
  let hideTimer: number | undefined;

  const hide = () => {
    box.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 300);
  };
  const show = async (link: HTMLAnchorElement) => {
    window.clearTimeout(hideTimer);
    if (current === link && !box.hidden) return;
    current?.removeAttribute('aria-describedby');
    current = link;
    const url = new URL(link.href);
    const entry = (await pageOf(url)).getElementById(decodeURIComponent(url.hash.slice(1)));
    if (!entry || current !== link) return;
    const { title, text } = linesOf(entry);
    const strong = doc.createElement('strong');
    strong.textContent = title;
    const p = doc.createElement('p');
    p.textContent = text;
    box.replaceChildren(strong, p);
    const rect = link.getBoundingClientRect();
    const width = Math.min(352, doc.documentElement.clientWidth - 16);
    box.style.width = `${width}px`;
    box.style.left = `${Math.max(8, Math.min(rect.left, doc.documentElement.clientWidth - width - 8)) + window.scrollX}px`;
    box.style.top = `${rect.bottom + window.scrollY + 6}px`;
    box.hidden = false;
    link.setAttribute('aria-describedby', box.id);
  };

  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a.org, a.cite')) {
    link.addEventListener('mouseenter', () => void show(link));
    link.addEventListener('focus', () => void show(link));
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('blur', hideSoon);
  }
  box.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  box.addEventListener('mouseleave', hideSoon);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !box.hidden) hide();
  });
}
