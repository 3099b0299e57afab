/**
 * The one script module every page loads: the behaviours that need shared code (copying links,
 * the blocks' toolbars, highlighting a search hit, the citation and search dialogs, the notice of
 * a cited version) in a single file, so a reading
 * page costs one script request. Each setup does nothing on a page without its elements.
 */
import { setUpBlockToolbars } from './block-toolbar';
import { setUpCiteDialog } from './cite-dialog';
import { setUpCopyLinks } from './copy-links';
import { highlightFromUrl } from './highlight';
import { setUpSearchDialog } from './search/dialog';
import { showVersionNotice } from './version-notice';

setUpCopyLinks(document);
setUpBlockToolbars(document);
highlightFromUrl(document);
setUpCiteDialog(document);
setUpSearchDialog(document);
showVersionNotice(document);
