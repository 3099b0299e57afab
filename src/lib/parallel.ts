/** The rows of the parallel view: the two languages' blocks, paired by their shared ids. */
import { langs, originalLang, type Lang } from '../i18n/locales';
import type { CapturedBlock } from './article-file';

/** One row: the same block in both languages; `number` is a list item's number in its list. */
interface ParallelRow {
  id: string;
  kind: CapturedBlock['kind'];
  left: CapturedBlock;
  right: CapturedBlock;
  number?: number;
}

/** Every ordered pair of two different languages: the parallel pages. */
export function languagePairs(): { lang: Lang; other: Lang }[] {
  return langs.flatMap((lang) => langs.filter((other) => other !== lang).map((other) => ({ lang, other })));
}

/**
 * The language a page's "side by side" links pair it with: the original beside a translation,
 * and the first translation beside the original.
 * @example parallelPartner('en') // 'kk'
 */
export function parallelPartner(lang: Lang): Lang {
  return lang === originalLang ? langs.find((l) => l !== originalLang)! : originalLang;
}

/**
 * Pairs two languages' blocks by id, in the order of the left one. The build has already
 * checked that the ids line up; a missing partner here is a bug, so it throws.
 */
export function parallelRows(left: CapturedBlock[], right: CapturedBlock[]): ParallelRow[] {
  const byId = new Map(right.map((b) => [b.id, b]));
  let number = 0;
  return left.map((block, i) => {
    const partner = byId.get(block.id);
    if (!partner) throw new Error(`parallel view: block ${block.id} has no counterpart`);
    number = block.kind === 'item' ? (left[i - 1]?.kind === 'item' ? number + 1 : 1) : 0;
    return { id: block.id, kind: block.kind, left: block, right: partner, ...(number ? { number } : {}) };
  });
}
