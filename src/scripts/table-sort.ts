/**
 * Sortable columns where JavaScript runs: each sortable header becomes a button; a click
 * sorts by that column, a second click reverses, and aria-sort tells assistive technology.
 */
export function setUpTableSorting(doc: Document): void {
  for (const table of doc.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0]!;
    const collator = new Intl.Collator(doc.documentElement.lang);
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    const sourceOrder = [...body.rows];
    headers.forEach((th, column) => {
      const kind = th.dataset.sort;
      if (!kind) return;
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        const value = (row: HTMLTableRowElement) => row.cells[column]!;
        const rows = [...body.rows].sort((a, b) => {
          const order =
            kind === 'number'
              ? Number(value(a).dataset.value) - Number(value(b).dataset.value)
              : collator.compare(value(a).textContent!.trim(), value(b).textContent!.trim());
          // Ties keep the source's order, so sorting by country lists each country's incidents by year.
          return (ascending ? order : -order) || sourceOrder.indexOf(a) - sourceOrder.indexOf(b);
        });
        body.append(...rows);
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      });
    });
  }
}
