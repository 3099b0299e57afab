/** The theme switch: follows the system until the reader chooses, then remembers the choice. */
export function setUpThemeToggle(doc: Document): void {
  const select = doc.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (!select) return;
  select.closest('label')!.hidden = false;
  select.value = doc.documentElement.dataset.theme ?? 'auto';
  select.addEventListener('change', () => {
    const value = select.value;
    if (value === 'light' || value === 'dark') doc.documentElement.dataset.theme = value;
    else delete doc.documentElement.dataset.theme;
    try {
      if (value === 'auto') localStorage.removeItem('theme');
      else localStorage.setItem('theme', value);
    } catch {
      // Storage may be refused (private mode); the choice then lasts for this page only.
    }
  });
}
