// Runs before first paint so a remembered theme never flashes; inline, allowed by its CSP hash.
// The "js" class lets CSS hide what only readers without JavaScript need, without a layout shift.
document.documentElement.classList.add('js');
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be refused; the system theme then applies.
}
