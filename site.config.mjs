// The one place for where the site lives. Set SITE_URL (and SITE_BASE for a sub-path such
// as /edition/) when building for a real host; canonical URLs and citations use them.
export const site = process.env.SITE_URL ?? 'http://localhost:4321';
export const base = process.env.SITE_BASE ?? '/';
