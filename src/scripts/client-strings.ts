/** The UI strings the server put on the page for its scripts (ClientStrings.astro). */
export function clientStrings(doc: Document): Record<string, string> {
  return JSON.parse(doc.getElementById('ui-strings')?.textContent ?? '{}') as Record<string, string>;
}

/** Says something to screen readers through the page's polite live region. */
export function announce(doc: Document, message: string): void {
  let region = doc.getElementById('announcer');
  if (!region) {
    region = doc.createElement('p');
    region.id = 'announcer';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    doc.body.append(region);
  }
  region.textContent = '';
  // A fresh text node after a tick, so the same message twice is announced twice.
  setTimeout(() => (region!.textContent = message), 50);
}
