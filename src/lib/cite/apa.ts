/**
 * APA 7, by hand: the reference entry and the in-text citation offered beside it. APA's forms
 * for this edition are ones no CSL processor writes from CSL-JSON: a republished or translated
 * work whose original date is unknown, `(n.d./2026)` in the text and "(Original work published
 * n.d.)" in the entry; the title in sentence case with its proper nouns; the part cited only in
 * the in-text citation. Terms follow the page's language (n.d., б. г.).
 */
import { useTranslations } from '../../i18n';
import { citedName } from '../publication';
import type { CiteContext } from './context';
import { editionYear, originalYear } from './notes';
import { sentenceCase } from './title-case';

/** The authors as APA lists them: `Akkozhina, N. O., & Darkenov, K. G.` */
function apaAuthors(ctx: CiteContext): string {
  const names = ctx.publication.authors.map((a) => {
    const n = citedName(a, ctx.lang);
    return `${n.family}, ${n.initials}`;
  });
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** The reference entry, for the reference list. */
export function apaReference(ctx: CiteContext): string {
  const t = useTranslations(ctx.lang);
  let title = sentenceCase(ctx.title, ctx.textLang);
  if (ctx.titleTranslation) title += ` [${sentenceCase(ctx.titleTranslation, ctx.lang)}]`;
  const version = t('cite.version').replace('{v}', ctx.publication.edition.version);
  const roles = [ctx.translators && `${ctx.translators}, ${t('cite.trans')}`, version].filter(Boolean);
  const site = `${ctx.edition.name}: ${ctx.edition.subtitle}`;
  const url = ctx.url.replace(/#.*$/, '');
  const original = t('cite.originalPublished').replace('{year}', originalYear(ctx));
  return `${apaAuthors(ctx)} (${editionYear(ctx)}). ${title} (${roles.join('; ')}). ${site}. ${url} (${original})`;
}

/** The in-text citation, with the part as its locator: `(Akkozhina & Darkenov, n.d./2026, para. 4)`. */
export function apaInText(ctx: CiteContext): string {
  const families = ctx.publication.authors.map((a) => citedName(a, ctx.lang).family);
  const who = families.length > 2 ? `${families[0]} et al.` : families.join(' & ');
  return `(${[who, `${originalYear(ctx)}/${editionYear(ctx)}`, ctx.locator].filter(Boolean).join(', ')})`;
}
