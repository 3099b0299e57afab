/**
 * The header's menu (a <details>, which opens without JavaScript): closes when a link in it
 * is followed, on Escape (focus back on its button) and on a tap or click outside it.
 */
export function setUpSiteMenu(doc: Document): void {
  const menu = doc.querySelector<HTMLDetailsElement>('details.site-menu');
  if (!menu) return;
  const summary = menu.querySelector('summary')!;
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]')) menu.open = false;
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    summary.focus();
  });
  doc.addEventListener('pointerdown', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}
