/**
 * Fingerprints of a passage's text, for the id ledger (content/ids.yaml). A fingerprint says
 * whether a text is exactly the one recorded (a hash of the text) and how much it shares
 * with another (a MinHash sketch of its words), without keeping the words themselves:
 * `hash.words.sketch`, e.g. `3f9a0c12b4e1.152.0a1b2c…`.
 */

const SKETCH_SIZE = 24;

/** A 32-bit hash (FNV-1a with a MurmurHash3 finaliser, so every seed spreads well). */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hex = (n: number, digits: number) => n.toString(16).padStart(8, '0').slice(0, digits);

/** The text as fingerprinted: Unicode NFC, runs of white space as one space. */
function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The distinct words of a text, lower-cased (letters and digits; punctuation is not a word). */
function wordsOf(text: string): Set<string> {
  return new Set(
    normaliseText(text)
      .toLocaleLowerCase('kk')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** A fingerprint taken apart. */
interface Fingerprint {
  hash: string;
  words: number;
  sketch: string[];
}

/**
 * The fingerprint of a passage's text.
 * @example fingerprint('Терроризм – қылмыс.') // '…(12 hex).2.…(24 × 6 hex)'
 */
export function fingerprint(text: string): string {
  const normal = normaliseText(text);
  const hash = hex(hash32(normal, 1), 8) + hex(hash32(normal, 2), 4);
  const words = [...wordsOf(normal)].map((w) => hash32(w, 0));
  const sketch = Array.from({ length: SKETCH_SIZE }, (_, k) => {
    const seed = mix(k + 0x9e3779b9);
    let min = 0xffffffff;
    for (const w of words) min = Math.min(min, mix(w ^ seed));
    return hex(min, 6);
  });
  return `${hash}.${words.length}.${sketch.join('')}`;
}

/** A fingerprint's parts, or undefined when the string is not one. */
function parseFingerprint(value: string): Fingerprint | undefined {
  const match = /^([0-9a-f]{12})\.(\d+)\.([0-9a-f]+)$/.exec(value);
  if (!match || match[3].length !== SKETCH_SIZE * 6) return undefined;
  return { hash: match[1], words: Number(match[2]), sketch: match[3].match(/.{6}/g)! };
}

/** Whether two fingerprints are of the very same text. */
export function sameText(a: string, b: string): boolean {
  return a.slice(0, 12) === b.slice(0, 12);
}

/** How alike two texts' words are, estimated from their sketches. */
interface Likeness {
  /** Shared words over all words (Jaccard), 0 to 1. */
  jaccard: number;
  /**
   * Shared words over the shorter text's words (the overlap coefficient), 0 to 1: near 1 for a
   * paragraph with one word changed, for both halves of a split paragraph, and for each part
   * of a merged one.
   */
  overlap: number;
}

/** How alike the texts of two fingerprints are. */
export function likeness(a: string, b: string): Likeness {
  const [x, y] = [parseFingerprint(a), parseFingerprint(b)];
  if (!x || !y || x.words === 0 || y.words === 0) return { jaccard: 0, overlap: 0 };
  const jaccard = x.sketch.filter((s, i) => s === y.sketch[i]).length / SKETCH_SIZE;
  const shared = (jaccard * (x.words + y.words)) / (1 + jaccard);
  return { jaccard, overlap: Math.min(1, shared / Math.min(x.words, y.words)) };
}
