/** Facts about an article file that the plugins and the validation share. */
import { isLang, type Lang } from '../i18n/locales';

/**
 * The language of an article file from its path (`content/article/ru.mdx` → `ru`), or
 * undefined for any other file, which the article plugins leave alone.
 */
export function articleLang(path: string | undefined): Lang | undefined {
  const match = /(?:^|[\\/])article[\\/](\w+)\.mdx?$/.exec(path ?? '');
  return match && isLang(match[1]) ? match[1] : undefined;
}

/** A path relative to the project, for messages (`content/article/ru.mdx`). */
export function projectPath(path: string | undefined): string {
  const p = (path ?? '<unknown>').replaceAll('\\', '/');
  const at = p.lastIndexOf('/content/');
  return at >= 0 ? p.slice(at + 1) : p;
}

/** One block of an article: a section heading, a paragraph or list item, or Table 1. */
export interface Block {
  id: string;
  section: string;
  kind: 'heading' | 'paragraph' | 'item' | 'table';
  line: number | undefined;
  /** The block's plain text, as a reader sees it. */
  text: string;
}

/** A place in the text that cites reference `n`; `id` is `cite-{n}-{k}`. */
export interface Citation {
  n: number;
  k: number;
  id: string;
  block: string;
  sentence: string;
}

/** What the article plugins learn about a file, kept on `file.data.edition`. */
export interface EditionData {
  lang: Lang;
  blocks: Block[];
  citations: Citation[];
  /** Organisation slug → the ids of the blocks that mention it, in order. */
  mentions: Record<string, string[]>;
}

/** A block as the pages show it: its HTML without tools or inner ids, kept by rehype-block-capture. */
export interface CapturedBlock {
  id: string;
  kind: 'heading' | 'paragraph' | 'item' | 'table';
  /** The block's inner HTML (for the table, its caption). */
  html: string;
  /** The block's plain text. */
  text: string;
}

/** Reference number → the places that cite it, in the article's order. */
export function citationsByReference(citations: Citation[]): Map<number, Citation[]> {
  const byN = new Map<number, Citation[]>();
  for (const c of citations) byN.set(c.n, [...(byN.get(c.n) ?? []), c]);
  return byN;
}
