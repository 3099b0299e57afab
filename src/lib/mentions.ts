/** Where the glossary's organisations are mentioned: the article's blocks and Table 1's rows. */
import type { Lang } from '../i18n/locales';
import { formMatcher, slugOfWord } from './text-match';
import type { Incident, Organisation } from '../schemas';

/**
 * Organisation slug → the ids of the incidents whose cells name it, found with the same
 * form matching the article uses.
 */
export function incidentMentions(
  incidents: Incident[],
  organisations: Organisation[],
  lang: Lang,
): Record<string, string[]> {
  const forms = organisations.flatMap((o) => o.names[lang].forms.map((form) => ({ form, slug: o.slug })));
  const matcher = formMatcher(forms);
  const found: Record<string, string[]> = {};
  if (!matcher) return found;
  for (const incident of incidents) {
    const text = `${incident.event[lang]} ${incident.description[lang]}`;
    for (const match of text.matchAll(matcher)) {
      const slug = slugOfWord(forms, match[0]);
      if (slug && !(found[slug] ??= []).includes(incident.id)) found[slug].push(incident.id);
    }
  }
  return found;
}
