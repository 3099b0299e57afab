// The page's enhancements (paragraph tools, dialogs, previews, search) load once the text has
// painted: reading needs none of them, so a phone on a slow network shows the article first.
// They wait in a <template>, whose script a browser neither fetches nor runs until it is
// copied into the page. Inline, allowed by its CSP hash; with JavaScript off nothing changes.
(function () {
  var waiting = document.getElementById('enhancements');
  if (!waiting) return;
  var loaded = false;
  function load() {
    if (loaded) return;
    loaded = true;
    document.body.append(waiting.content.cloneNode(true));
  }
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('paint') < 0) return load();
  new PerformanceObserver(function (_entries, observer) {
    observer.disconnect();
    load();
  }).observe({ type: 'paint', buffered: true });
  // A tab opened in the background paints only when shown; its tools are ready by then.
  setTimeout(load, 3000);
})();
