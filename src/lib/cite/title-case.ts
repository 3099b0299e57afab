/**
 * Titles as styles need them: APA's sentence case and BibTeX's braces, both keeping the
 * title's proper nouns (listed in the article's frontmatter) exactly as the authors wrote them.
 */
import type { Lang } from '../../i18n/locales';
import type { Title } from './context';

/** The title cut into runs of ordinary words and proper nouns, in order. */
function runs(title: Title): { text: string; proper: boolean }[] {
  const nouns = [...title.properNouns].sort((a, b) => b.length - a.length);
  const result: { text: string; proper: boolean }[] = [];
  let rest = title.text;
  while (rest) {
    const hits = nouns.map((n) => ({ n, at: rest.indexOf(n) })).filter((h) => h.at >= 0);
    const first = hits.sort((a, b) => a.at - b.at)[0];
    if (!first) {
      result.push({ text: rest, proper: false });
      break;
    }
    if (first.at > 0) result.push({ text: rest.slice(0, first.at), proper: false });
    result.push({ text: first.n, proper: true });
    rest = rest.slice(first.at + first.n.length);
  }
  return result;
}

/**
 * Sentence case: the first letter and the proper nouns capitalised, every other word lower case.
 * @example sentenceCase({ text: 'Ways to Combat Terrorism in Central Asia', properNouns: ['Central Asia'] }, 'en')
 * // 'Ways to combat terrorism in Central Asia'
 */
export function sentenceCase(title: Title, lang: Lang): string {
  const text = runs(title)
    .map((r) => (r.proper ? r.text : r.text.toLocaleLowerCase(lang)))
    .join('');
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** BibTeX's protection: each proper noun in braces, nothing else, so styles may recase the rest. */
export function bracedTitle(title: Title): string {
  return runs(title)
    .map((r) => (r.proper ? `{${r.text}}` : r.text))
    .join('');
}
