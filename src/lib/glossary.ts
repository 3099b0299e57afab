/** The glossary page's order and labels: grouped by kind, each group in the language's collation. */
import type { Lang } from '../i18n/locales';
import { organisationKinds, type Organisation, type OrganisationKind } from '../schemas';

/**
 * The organisations grouped by kind (in the schema's order of kinds), each group sorted by
 * name with `Intl.Collator` for the page's language, so Ә follows А in Kazakh.
 */
export function glossaryGroups(
  organisations: Organisation[],
  lang: Lang,
): { kind: OrganisationKind; entries: Organisation[] }[] {
  const collator = new Intl.Collator(lang);
  // Quotation marks are not part of a name's alphabetical place.
  const key = (o: Organisation) => o.names[lang].name.replace(/^[«"“]/, '');
  return organisationKinds
    .map((kind) => ({
      kind,
      entries: organisations.filter((o) => o.kind === kind).sort((a, b) => collator.compare(key(a), key(b))),
    }))
    .filter((group) => group.entries.length > 0);
}
