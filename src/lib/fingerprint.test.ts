import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fingerprint, likeness, sameText } from './fingerprint';

// Real paragraphs of the Kazakh original, one per line of the body, by section.
const sections = readFileSync('content/article/kk.mdx', 'utf8')
  .split(/\n## /)
  .map((section) =>
    section.split('\n').filter((line) => line.length > 40 && !line.startsWith('#') && !line.startsWith('<')),
  );
const paragraphs = sections.flat();

describe('fingerprint', () => {
  test('is the same for the same words, whatever the white space', () => {
    expect(sameText(fingerprint('Бір  екі\nүш.'), fingerprint('Бір екі үш.'))).toBe(true);
    expect(sameText(fingerprint('Бір екі үш.'), fingerprint('Бір екі үш!'))).toBe(false);
  });

  test('finds a paragraph with one word changed alike, and the halves of a split one', () => {
    const text = paragraphs[0]!;
    const changed = text.replace('терроризм', 'лаңкестік');
    expect(likeness(fingerprint(text), fingerprint(changed)).overlap).toBeGreaterThan(0.8);
    const words = text.split(' ');
    const half = words.slice(0, words.length / 2).join(' ');
    expect(likeness(fingerprint(half), fingerprint(text)).overlap).toBeGreaterThan(0.8);
  });

  test('tells every two paragraphs of a section apart (ids are matched within their section)', () => {
    const pairs = sections.flatMap((s) => s.flatMap((a, i) => s.slice(i + 1).map((b) => [a, b] as const)));
    expect(pairs.length).toBeGreaterThan(50);
    for (const [a, b] of pairs) {
      {
        const { overlap, jaccard } = likeness(fingerprint(a), fingerprint(b));
        expect(overlap >= 0.6 && jaccard >= 0.2, `${a.slice(0, 30)} / ${b.slice(0, 30)}`).toBe(false);
      }
    }
  });
});
