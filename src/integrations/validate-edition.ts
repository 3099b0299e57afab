/**
 * The edition's whole validation, run before every build and by `npm run validate`: every
 * data file against its schema, every article against the data (citations, organisations),
 * and the translations against the Kazakh original. It returns every problem at once.
 */
import { langs, originalLang, type Lang } from '../i18n/locales';
import { loadEditionData, readContentFile, type EditionDataFiles } from '../build/edition-data';
import { parseYaml } from '../build/yaml-data';
import { checkAlignment } from '../lib/alignment';
import type { Block, EditionData } from '../lib/article-file';
import { ContentError } from '../lib/content-error';
import { matchLedger } from '../lib/ledger';
import { checkLedger } from '../lib/ledger-check';
import { pluginOptions } from '../plugins';
import { articleSchema } from '../schemas';
import { outlineArticle, splitFrontmatter } from './article-outline';
import { checkOrganisations, textOf } from './check-organisations';
import { checkTerms } from './check-terms';

/** Validates the edition under `root`; returns its outlines and every problem found. */
export function validateEdition(root: string, base = '/') {
  const { data, errors } = loadEditionData(root);
  // Blocks numbered by position (no ledger), so that the ledger can be matched against them.
  const options = { ...pluginOptions(data, base), blockIds: {} };
  const outlines: Partial<Record<Lang, EditionData>> = {};
  for (const lang of langs) {
    const rel = `content/article/${lang}.mdx`;
    const source = readContentFile(
      root,
      rel,
      `create ${rel} with the same sections as content/article/kk.mdx`,
    );
    if (source instanceof ContentError) {
      errors.push(source);
      continue;
    }
    const fm = parseYaml(rel, splitFrontmatter(source).yaml, articleSchema);
    errors.push(...fm.errors);
    if (fm.parsed && fm.parsed.value.lang !== lang) {
      errors.push(
        new ContentError(
          rel,
          2,
          `the frontmatter says lang: ${fm.parsed.value.lang}, but the file is the ${lang} article`,
          `write lang: ${lang}`,
        ),
      );
    }
    const publication = data.publication;
    for (const [i, noun] of (publication?.value.titleProperNouns[lang] ?? []).entries()) {
      if (fm.parsed && !fm.parsed.value.title.includes(noun))
        errors.push(
          new ContentError(
            'content/publication.yaml',
            publication!.lineOf(['titleProperNouns', lang, i]),
            `titleProperNouns.${lang}: "${noun}" is not in the title of ${rel}`,
            'list only words of the title, spelt as the title spells them',
          ),
        );
    }
    try {
      outlines[lang] = outlineArticle(root, rel, source, options);
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  const original = outlines[originalLang];
  let ledger: ReturnType<typeof checkIds> | undefined;
  if (original) {
    const misaligned: ContentError[] = [];
    for (const lang of langs) {
      const outline = outlines[lang];
      if (lang === originalLang || !outline) continue;
      misaligned.push(...checkAlignment(`content/article/${lang}.mdx`, original.blocks, outline.blocks));
    }
    errors.push(...misaligned);
    errors.push(...checkReferences(data, original));
    errors.push(...checkOrganisations(data, outlines));
    if (data.terms)
      errors.push(
        ...checkTerms(data.terms, data.organisations?.value ?? [], (lang) =>
          textOf(data, outlines[lang], lang),
        ),
      );
    // The ledger follows the original block by block; it is matched only when the blocks line up.
    if (misaligned.length === 0 && langs.every((l) => outlines[l])) {
      ledger = checkIds(data, outlines as Record<Lang, EditionData>);
      if (ledger) errors.push(...ledger.blocking, ...ledger.pending);
    }
    // A slip names its paragraph by the id the site gives it, the ledger's, not its position.
    errors.push(...checkSlips(data, outlines, (id) => ledger?.siteId(id) ?? id));
  }
  return { data, outlines, errors, ledger };
}

/** Matches the text to the id ledger and checks it (see ledger-check.ts). */
function checkIds(data: EditionDataFiles, outlines: Record<Lang, EditionData>) {
  const [ids, publication] = [data.ids, data.publication];
  if (!ids || !publication) return undefined;
  const { version, changelog } = publication.value.edition;
  const blocks = Object.fromEntries(langs.map((l) => [l, outlines[l].blocks])) as Record<Lang, Block[]>;
  const match = matchLedger(ids.value, blocks, version);
  /** The id the site gives a block that the validation numbered by position. */
  const siteId = (id: string) => match.ids.get(id) ?? id;
  const blockIds = new Set(outlines[originalLang].blocks.map((b) => siteId(b.id)));
  const problems = checkLedger(match, {
    ledger: ids.value,
    ledgerLine: ids.lineOf,
    version,
    changelog,
    publicationLine: publication.lineOf,
    blockIds,
  });
  return { match, siteId, ...problems };
}

/** Every reference is cited somewhere in the original. */
function checkReferences(data: EditionDataFiles, original: EditionData): ContentError[] {
  const cited = new Set(original.citations.map((c) => c.n));
  return (data.references?.value ?? [])
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !cited.has(r.n))
    .map(
      ({ r, i }) =>
        new ContentError(
          'content/references.yaml',
          data.references!.lineOf([i]),
          `reference ${r.n} is cited nowhere in the article`,
          `remove it, or restore the marker [${r.n}] where the article cites it`,
        ),
    );
}

/**
 * Every slip marked [sic] stands in its paragraph, in every language, with its words; `siteId`
 * turns a block's position id into the id the site gives it.
 */
function checkSlips(
  data: EditionDataFiles,
  outlines: Partial<Record<Lang, EditionData>>,
  siteId: (id: string) => string,
): ContentError[] {
  const slips = data.slips;
  if (!slips) return [];
  return slips.value.flatMap((slip, i) =>
    langs
      .filter((lang) => {
        const block = outlines[lang]?.blocks.find((b) => siteId(b.id) === slip.block);
        return outlines[lang] && !block?.text.includes(slip.words[lang]);
      })
      .map(
        (lang) =>
          new ContentError(
            'content/slips.yaml',
            slips.lineOf([i, 'words', lang]),
            `the ${lang} words "${slip.words[lang]}" are not in paragraph ${slip.block} of content/article/${lang}.mdx`,
            'copy the words exactly as the paragraph writes them, and give the paragraph id they stand in',
          ),
      ),
  );
}
