/**
 * On landing from a search result (`?highlight=term#results-4`), marks the term's words in the
 * passage landed on, or in the page's main text.
 */
export function highlightFromUrl(doc: Document): void {
  const term = new URLSearchParams(doc.location.search).get('highlight')?.trim();
  if (!term) return;
  const target =
    (doc.location.hash && doc.getElementById(decodeURIComponent(doc.location.hash.slice(1)))) ||
    doc.querySelector('main');
  if (!target) return;
  const words = term
    .split(/\s+/)
    .filter((w) => w.length > 1)
    // Escaped here, not with lib/text-match: that module is also in the search bundle, so
    // Vite would split it into a chunk of its own and every page would make one more request.
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}-]*`, 'giu');
  const walker = doc.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('.block-tools, script, style, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const text = node.data;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = doc.createDocumentFragment();
    let last = 0;
    for (const m of matches) {
      fragment.append(text.slice(last, m.index));
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      fragment.append(mark);
      last = m.index + m[0].length;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  // A long passage may hold its first match below the screen the fragment scrolls to; the
  // browser scrolls to the fragment on load, so the match is brought into view after it.
  const first = target.querySelector('mark.search-hit');
  const reveal = () => first?.scrollIntoView({ block: 'nearest' });
  if (doc.readyState === 'complete') reveal();
  else window.addEventListener('load', () => requestAnimationFrame(reveal), { once: true });
}
