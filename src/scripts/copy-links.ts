/**
 * A "copy link" button beside every permalink: copies the clean permalink of the passage (the
 * page and the place, never a search's ?highlight= or a cited ?v=), says so in words beside the
 * button and to a screen reader, and where the clipboard is refused, selects the link's text in
 * a field for the reader to copy.
 */
import { announce, clientStrings } from './client-strings';

// An icon, not a character: no text font is sure to have a "copy" glyph.
const COPY_ICON =
  '<svg aria-hidden="true" width="12" height="12" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6"><rect x="5" y="5" width="9" height="9" rx="1.5"/><path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5"/></svg>';

/** A visible "Link copied" beside the button for a few seconds (the live region speaks it). */
function showCopied(button: HTMLButtonElement, text: string): void {
  const old = button.nextElementSibling;
  if (old?.classList.contains('copy-note')) old.remove();
  const note = button.ownerDocument.createElement('span');
  note.className = 'copy-note';
  note.setAttribute('aria-hidden', 'true');
  note.textContent = `✓ ${text}`;
  button.after(note);
  setTimeout(() => note.remove(), 4000);
}

export function setUpCopyLinks(doc: Document): void {
  const strings = clientStrings(doc);
  for (const permalink of doc.querySelectorAll<HTMLAnchorElement>('.block-tools a.permalink')) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.innerHTML = COPY_ICON;
    button.setAttribute('aria-label', `${strings['permalink.copy']}: ${permalink.hash.slice(1)}`);
    button.title = strings['permalink.copy'] ?? '';
    permalink.after(' ', button);
    button.addEventListener('click', async () => {
      const url = `${doc.location.origin}${doc.location.pathname}${permalink.hash}`;
      try {
        await navigator.clipboard.writeText(url);
        showCopied(button, strings['permalink.copied'] ?? '');
        announce(doc, `${strings['permalink.copied']}: ${url}`);
      } catch {
        const field = doc.createElement('input');
        field.readOnly = true;
        field.value = url;
        field.className = 'copy-fallback';
        field.setAttribute('aria-label', strings['permalink.selected'] ?? '');
        button.after(field);
        field.focus();
        field.select();
        announce(doc, strings['permalink.selected'] ?? '');
        field.addEventListener('blur', () => field.remove());
      }
    });
  }
}
