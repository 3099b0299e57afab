/**
 * The article plugins, in order: one list that the site (astro.config.mjs), the validation
 * (src/integrations/article-outline.ts) and the plugin tests all run.
 */
import { unified, type RemarkPlugin } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'unified';
import type { EditionDataFiles } from '../build/edition-data';
import rehypeBlockCapture from './rehype-block-capture';
import rehypeBlockTools from './rehype-block-tools';
import rehypeLedgerNotices from './rehype-ledger-notices';
import rehypeSourceSlips, { type SourceSlipsOptions } from './rehype-source-slips';
import remarkBlockIds, { type BlockIdOptions } from './remark-block-ids';
import remarkCitations, { type CitationOptions } from './remark-citations';
import remarkOrganisationLinks, { type OrganisationLinkOptions } from './remark-organisation-links';
import remarkReuseParse from './remark-reuse-parse';

/**
 * A plugin list both unified's `use()` and Astro's `markdown.processor` accept (each names
 * the type its own way; a plugin or a plugin with its options fits both).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- unified's own Plugin default
type PluginList = (Plugin<any[], any, any> | [Plugin<any[], any, any>, unknown])[];

/** What the plugins link against: the references and the glossary, under the site's base path. */
export interface PluginOptions {
  base: string;
  /** The id ledger; the validation leaves it out, to see the blocks by position. */
  blockIds: BlockIdOptions;
  citations: CitationOptions;
  organisations: OrganisationLinkOptions;
  slips: SourceSlipsOptions;
}

/** The options the article plugins take, made from the data files. */
export function pluginOptions(data: EditionDataFiles, base: string, site?: string): PluginOptions {
  return {
    base,
    blockIds: { ledger: data.ids?.value },
    citations: { references: (data.references?.value ?? []).map((r) => r.n), base, site },
    organisations: {
      base,
      organisations: (data.organisations?.value ?? []).map((o) => ({
        slug: o.slug,
        forms: { kk: o.names.kk.forms, ru: o.names.ru.forms, en: o.names.en.forms },
      })),
    },
    slips: { slips: data.slips?.value ?? [] },
  };
}

/**
 * The remark plugins: the parse the validation kept (so a build parses each article once),
 * tables, block ids, citation links, organisation links.
 */
export function remarkPlugins(options: PluginOptions): PluginList {
  return [
    remarkReuseParse,
    remarkGfm,
    [remarkBlockIds, options.blockIds],
    [remarkCitations, options.citations],
    [remarkOrganisationLinks, options.organisations],
  ];
}

/**
 * The rehype plugins: each block's tools (¶, copy, cite) and number, the source's slips marked
 * [sic] (their notes after the tools, which stay inline at the end of the text), the landing
 * notices of retired ids, then the capture of each block's HTML (with its notes, for the
 * parallel view).
 */
export function rehypePlugins(
  options: Pick<PluginOptions, 'base' | 'blockIds'> & { slips?: SourceSlipsOptions },
): PluginList {
  return [
    [rehypeBlockTools, { base: options.base }],
    [rehypeSourceSlips, options.slips ?? { slips: [] }],
    [rehypeLedgerNotices, { base: options.base, ledger: options.blockIds.ledger }],
    rehypeBlockCapture,
  ];
}

/**
 * The site's Markdown processor (astro.config.mjs), the one the MDX compile runs: Astro 7's
 * default engine runs no remark or rehype plugins, so they are given to its unified(). `first`
 * runs before them (the parse-once test's probe).
 */
export function siteProcessor(options: PluginOptions, first: RemarkPlugin[] = []) {
  return unified({
    remarkPlugins: [...first, ...remarkPlugins(options)],
    rehypePlugins: rehypePlugins(options),
    smartypants: false,
  });
}
