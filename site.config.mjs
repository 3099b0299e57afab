// The one place for where the site lives. The edition's public address is set once: in
// content/publication.yaml (edition.url), or SITE_URL, which overrides it; SITE_BASE for a
// sub-path such as /edition/. Every absolute URL (citations, downloads, canonical and hreflang
// links, the sitemap, robots.txt) comes from it. With neither, the site is built for a local
// preview at localhost, and scripts/build.ts refuses to build it for deployment.
import { readFileSync } from 'node:fs';
import { readYaml } from './src/build/yaml-data.ts';

/** Where `npm start` serves the site. */
export const LOCAL_SITE = 'http://localhost:4321';

/** @returns {string | undefined} the committed address, if the file has one (the build validates it). */
function committedAddress() {
  try {
    const text = readFileSync(new URL('./content/publication.yaml', import.meta.url), 'utf8');
    const data = /** @type {{ edition?: { url?: unknown } } | null} */ (
      readYaml('content/publication.yaml', text).value
    );
    return typeof data?.edition?.url === 'string' ? data.edition.url : undefined;
  } catch {
    return undefined; // a broken file is reported, with its line, by the content validation
  }
}

/** The public address, if one is set. */
export const publicSite = process.env.SITE_URL || committedAddress();
export const site = publicSite ?? LOCAL_SITE;
export const base = process.env.SITE_BASE ?? '/';
