// Runs before first paint so a remembered theme never flashes; inline, allowed by its CSP hash.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be refused; the system theme then applies.
}
