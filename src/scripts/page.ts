/**
 * The one script module every page loads, after the text has painted (src/scripts/enhance-init.js):
 * the header's menu, theme choice and language links that keep the place, the contents' current
 * section, the blocks' toolbars, copying links, highlighting a search hit, the citation and search
 * dialogs, the notice of a cited version, the glossary and citation previews and the sortable
 * chronology. One file, so a page costs one script request. Each setup does nothing on a page
 * without its elements.
 */
import { setUpBlockToolbars } from './block-toolbar';
import { setUpCiteDialog } from './cite-dialog';
import { setUpCopyLinks } from './copy-links';
import { highlightFromUrl } from './highlight';
import { keepFragment } from './keep-fragment';
import { setUpPreviews } from './previews';
import { setUpSearchDialog } from './search/dialog';
import { setUpSiteMenu } from './site-menu';
import { setUpTableSorting } from './table-sort';
import { setUpThemeToggle } from './theme';
import { highlightCurrentSection } from './toc';
import { showVersionNotice } from './version-notice';

const SETUPS = [
  setUpSiteMenu,
  setUpThemeToggle,
  keepFragment,
  highlightCurrentSection,
  setUpCopyLinks,
  setUpBlockToolbars,
  highlightFromUrl,
  setUpCiteDialog,
  setUpSearchDialog,
  showVersionNotice,
  setUpTableSorting,
  setUpPreviews,
];
// Each on its own, as when each component had its own script: one that fails (a malformed
// #fragment, say) must not take the others down with it.
for (const setUp of SETUPS) {
  try {
    setUp(document);
  } catch (error) {
    console.error(error);
  }
}
// Said once everything is set up: the tests wait for it as a reader waits for the page.
document.documentElement.dataset.enhanced = '';
