/**
 * The cite dialog: the "cite" links of an article page open it for their passage (or for the
 * whole article); the reader picks a format, copies, closes with Escape, and focus returns
 * to where it was. The citations are made at build time and fetched once, on first use.
 */
import { withAccessDate } from '../lib/cite/access-date';
import type { CiteFormat, CitedText, DialogCitation } from '../lib/cite/context';
import { announce, clientStrings } from './client-strings';

type Citations = Partial<Record<CitedText, Record<string, DialogCitation>>>;

export function setUpCiteDialog(doc: Document): void {
  const dialog = doc.getElementById('cite-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  const strings = clientStrings(doc);
  const output = doc.getElementById('cite-output')!;
  const part = doc.getElementById('cite-part')!;
  const status = doc.getElementById('cite-status')!;
  const inText = doc.getElementById('cite-intext')!;
  const inTextText = doc.getElementById('cite-intext-text')!;
  let citations: Promise<Citations> | undefined;
  let current = 'article';
  let opener: HTMLElement | null = null;

  const format = () =>
    (dialog.querySelector<HTMLInputElement>('input[name="cite-format"]:checked')?.value ??
      'gost') as CiteFormat;
  // The page's own text unless the reader picks the Kazakh original (ru and en pages offer both).
  const cited = () =>
    (dialog.querySelector<HTMLInputElement>('input[name="cite-text"]:checked')?.value ?? 'page') as CitedText;
  const retry = dialog.querySelector<HTMLButtonElement>('[data-cite-retry]')!;
  const load = () =>
    (citations ??= fetch(dialog.dataset.citations!).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return (await r.json()) as Citations;
    }));
  const render = async () => {
    try {
      const citation = (await load())[cited()]![current]!;
      part.textContent = citation.part;
      output.textContent = withAccessDate(citation.text[format()], format(), new Date());
      // APA puts the part cited in the in-text citation, offered beside the reference.
      inText.hidden = format() !== 'apa';
      inTextText.textContent = citation.text.apaInText;
      status.textContent = '';
      retry.hidden = true;
    } catch {
      // Offline or a failed request: say so, and let the next try fetch again.
      citations = undefined;
      status.textContent = strings['cite.failed']!;
      retry.hidden = false;
    }
  };
  const open = (id: string, from: HTMLElement) => {
    current = id;
    opener = from;
    dialog.showModal();
    void render();
  };

  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-cite]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open(link.dataset.cite!, link);
    });
  }
  dialog.addEventListener('change', () => void render());
  retry.addEventListener('click', () => void render());
  dialog.querySelector('[data-cite-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(output.textContent ?? '');
      status.textContent = strings['cite.copied']!;
    } catch {
      // The clipboard was refused: select the text so the reader can copy it themselves.
      const range = doc.createRange();
      range.selectNodeContents(output);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      output.focus();
      announce(doc, strings['cite.selected']!);
    }
  });
  dialog.querySelector('[data-cite-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
}
