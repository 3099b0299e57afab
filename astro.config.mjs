// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import validateContent from './src/integrations/validate-content.ts';
import { sitemapAlternates } from './src/lib/alternates.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, cspHash, inlineScripts } from './src/build/csp.ts';
import { loadEditionData } from './src/build/edition-data.ts';
import { pluginOptions, siteProcessor } from './src/plugins/index.ts';
import { base, site } from './site.config.mjs';

// The plugins link citations and organisations against the data files; a broken data file
// is reported by validateContent() before anything is rendered.
const options = pluginOptions(loadEditionData(process.cwd()).data, base, site);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // OUT_DIR lets a second build (under a sub-path, for the deploy check) sit beside dist/.
  outDir: process.env.OUT_DIR ?? 'dist',
  // The stylesheet goes in each page (Astro adds its hash to the CSP): one round trip fewer
  // before a phone can paint, for about 4 KB gzip a page.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A strict CSP in every page's <meta>: Astro hashes its own scripts and styles; the two
  // inline scripts of ours (the theme before paint, the enhancements after it) by their hashes.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: {
        resources: SCRIPT_SOURCES,
        hashes: Object.values(inlineScripts()).map(cspHash),
      },
    },
  },
  integrations: [
    validateContent(),
    mdx(),
    // Each language's page names its two counterparts (xhtml:link alternates).
    sitemap({
      filter: (page) => !/\/404(\.html|\/)?$/.test(page),
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, base) }),
    }),
  ],
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX module with "use astro:head-inject" for its own build step,
        // which reads it before bundling; the bundler's warning that it may not keep the
        // directive (one per MDX file, with a code frame) is therefore harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // The edition has no code blocks, so nothing to highlight; Shiki (the default) would
    // also need inline styles, which the strict CSP forbids (Astro warns of that otherwise).
    syntaxHighlight: false,
    // The article plugins, in Astro's unified() (src/plugins/index.ts).
    processor: siteProcessor(options),
  },
});
