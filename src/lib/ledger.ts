/**
 * The id ledger: matching an article's paragraphs to the ids published before, so that an id
 * stays with its words through every correction. The Kazakh original decides: its paragraphs
 * are matched to the ledger by their fingerprints (the same words, or nearly, keep their id,
 * wherever they now stand in their section); the translations take the same ids block by
 * block, as the alignment check guarantees. A paragraph that matches nothing gets a fresh id,
 * the next number never used in its section, so an id is never given to other words.
 */
import { langs, originalLang, type Lang } from '../i18n/locales';
import type { Block } from './article-file';
import { blockId, parseBlockId, sectionOf } from './block-id';
import { fingerprint, likeness, sameText } from './fingerprint';
import type { Ledger } from '../schemas';

/** What changed between the ledger and the text. */
export type LedgerChange =
  | { kind: 'new'; id: string; line: number | undefined }
  | { kind: 'changed'; id: string; lang: Lang; line: number | undefined; was: string }
  | { kind: 'gone'; id: string };

/** The result of matching: the id of each block and what `npm run ids` would record. */
export interface LedgerMatch {
  /** Position id (`results-5`, the fifth block of Results) → the block's ledger id. */
  ids: Map<string, string>;
  changes: LedgerChange[];
  /** The ledger with the changes recorded under `version`. */
  next: Ledger;
}

const MIN_OVERLAP = 0.6;
const MIN_JACCARD = 0.2;

const idNumber = (id: string) => parseBlockId(id).n ?? 0;
const isPassage = (b: Block) => b.kind === 'paragraph' || b.kind === 'item';

/**
 * Pairs the original's blocks of one section with the live ledger ids of that section:
 * first the same texts, then the most alike (a changed word, a split: the first part keeps
 * the id; a merge: the merged paragraph keeps the first id).
 */
function pairSection(blocks: { slot: string; fp: string }[], live: [string, string][]): Map<string, string> {
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const b of blocks) {
    const hit = live.find(([id, fp]) => !taken.has(id) && sameText(fp, b.fp));
    if (hit) {
      pairs.set(b.slot, hit[0]);
      taken.add(hit[0]);
    }
  }
  const candidates = blocks
    .flatMap((b, order) =>
      pairs.has(b.slot)
        ? []
        : live
            .filter(([id]) => !taken.has(id))
            .map(([id, fp]) => ({ b, order, id, ...likeness(b.fp, fp) }))
            .filter((c) => c.overlap >= MIN_OVERLAP && c.jaccard >= MIN_JACCARD),
    )
    .sort(
      (p, q) =>
        (q.overlap >= 0.8 ? 1 : q.overlap) - (p.overlap >= 0.8 ? 1 : p.overlap) ||
        p.order - q.order ||
        idNumber(p.id) - idNumber(q.id),
    );
  for (const c of candidates) {
    if (pairs.has(c.b.slot) || taken.has(c.id)) continue;
    pairs.set(c.b.slot, c.id);
    taken.add(c.id);
  }
  return pairs;
}

/**
 * Matches the three languages' blocks (numbered by position, aligned) to the ledger.
 * @param version the edition version under which new and changed texts are recorded
 */
export function matchLedger(ledger: Ledger, blocks: Record<Lang, Block[]>, version: string): LedgerMatch {
  const next: Ledger = structuredClone(ledger);
  const changes: LedgerChange[] = [];
  const ids = new Map<string, string>();
  const original = blocks[originalLang].filter(isPassage);
  const fps = new Map(
    langs.map((lang) => [
      lang,
      new Map(blocks[lang].filter(isPassage).map((b) => [b.id, fingerprint(b.text)])),
    ]),
  );
  const sections = [...new Set(original.map((b) => b.section))];
  const ever = Object.keys(ledger.ids);
  for (const section of sections) {
    const mine = original.filter((b) => b.section === section);
    const live = ever
      .filter((id) => sectionOf(id) === section && !(id in ledger.retired))
      .map((id) => [id, ledger.ids[id]![originalLang].fp] as [string, string]);
    const pairs = pairSection(
      mine.map((b) => ({ slot: b.id, fp: fps.get(originalLang)!.get(b.id)! })),
      live,
    );
    let fresh = Math.max(0, ...ever.filter((id) => sectionOf(id) === section).map(idNumber));
    for (const b of mine) {
      const id = pairs.get(b.id) ?? blockId(section, ++fresh);
      ids.set(b.id, id);
      const record = next.ids[id];
      if (!record) {
        changes.push({ kind: 'new', id, line: b.line });
        next.ids[id] = {
          since: version,
          ...(Object.fromEntries(
            langs.map((lang) => [lang, { v: version, fp: fps.get(lang)!.get(b.id)! }]),
          ) as Record<Lang, { v: string; fp: string }>),
        };
        continue;
      }
      for (const lang of langs) {
        const fp = fps.get(lang)!.get(b.id)!;
        if (sameText(record[lang].fp, fp)) continue;
        const line = blocks[lang].find((x) => x.id === b.id)?.line;
        changes.push({ kind: 'changed', id, lang, line, was: record[lang].v });
        record[lang] = { v: version, fp };
      }
    }
    const used = new Set(ids.values());
    for (const [id] of live) if (!used.has(id)) changes.push({ kind: 'gone', id });
  }
  for (const id of ever) {
    if (!sections.includes(sectionOf(id)) && !(id in ledger.retired)) changes.push({ kind: 'gone', id });
  }
  return { ids, changes, next };
}

/**
 * The ids of one language's texts as the ledger records them: the text's hash, in its section,
 * → the id. The site's build names each paragraph by this (the validation has already made
 * sure the ledger records the text as it is).
 * @example ledgerLookup(ledger, 'ru')('results', 'Что касается Казахстана…') // 'results-5'
 */
export function ledgerLookup(
  ledger: Ledger,
  lang: Lang,
): (section: string, text: string) => string | undefined {
  const byHash = new Map<string, string[]>();
  for (const [id, record] of Object.entries(ledger.ids)) {
    if (id in ledger.retired) continue;
    const key = `${sectionOf(id)} ${record[lang].fp.slice(0, 12)}`;
    byHash.set(key, [...(byHash.get(key) ?? []), id]);
  }
  return (section, text) => byHash.get(`${section} ${fingerprint(text).slice(0, 12)}`)?.shift();
}
