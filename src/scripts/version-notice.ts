/**
 * A link that names the edition version it cites (`/ru/?v=1.0#results-5`): when the passage
 * has changed since that version, say so where the link lands, with the way to the changes.
 * (Without JavaScript the passage is shown as it is now; About lists every change.)
 */
import { compareVersions } from '../lib/versions';
import { clientStrings } from './client-strings';

export function showVersionNotice(doc: Document): void {
  const cited = new URLSearchParams(doc.location.search).get('v');
  const id = decodeURIComponent(doc.location.hash.slice(1));
  if (!cited || !/^\d+\.\d+$/.test(cited) || !id) return;
  const passage = doc.getElementById(id);
  const changed = passage?.dataset.changedIn;
  if (!passage || !changed || compareVersions(changed, cited) <= 0) return;
  const strings = clientStrings(doc);
  const notice = doc.createElement('span');
  notice.className = 'id-notice shown';
  notice.setAttribute('role', 'note');
  const link = doc.createElement('a');
  link.href = doc.getElementById('ui-strings')?.dataset.changes ?? '';
  link.textContent = strings['ids.seeChanges'] ?? '';
  notice.append(`${strings['ids.changedSince']?.replace('{v}', cited)} `, link);
  passage.prepend(notice);
}
