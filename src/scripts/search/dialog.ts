/**
 * The header's search dialog: opened by the search link, by "/" or by Ctrl/Cmd+K; focus stays
 * inside while it is open (a modal dialog), Escape closes it and focus goes back. The search
 * code itself loads on first opening.
 */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function setUpSearchDialog(doc: Document): void {
  const dialog = doc.getElementById('search-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  const form = dialog.querySelector<HTMLFormElement>('.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let opener: HTMLElement | null = null;
  let started = false;

  const open = async (from: Element | null) => {
    if (dialog.open) return;
    opener = from instanceof HTMLElement ? from : null;
    dialog.showModal();
    input.focus();
    if (started) return;
    started = true;
    const { setUpSearchForm } = await import('./ui');
    const { run } = setUpSearchForm(
      doc,
      form,
      { output: 'search-dialog-results', status: 'search-dialog-status' },
      false,
    );
    // What the reader typed while the search code was loading is searched at once.
    if (input.value.trim()) void run();
  };

  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-search-link]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void open(link);
    });
  }
  doc.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if (
      shortcut ||
      (event.key === '/' && !typing(event.target) && !event.altKey && !event.ctrlKey && !event.metaKey)
    ) {
      event.preventDefault();
      void open(doc.activeElement);
    }
  });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // A result on this very page only moves to its place: close, and leave focus to the place.
  doc.getElementById('search-dialog-results')!.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const to = new URL(link.href);
    const here = doc.location;
    if (to.origin === here.origin && to.pathname === here.pathname && to.search === here.search) {
      opener = null;
      dialog.close();
    }
  });
  // Escape closes the dialog even from a filled search box, which would otherwise only clear it.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  dialog.addEventListener('close', () => opener?.focus());
}
