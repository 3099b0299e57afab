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

/**
 * A reader's label for a paragraph id: the section's title and the paragraph's number.
 * @example placeLabel('results-5', titles) // 'Нәтижелер мен талқылаулар, 5'
 */
export function placeLabel(blockId: string, sectionTitles: Map<string, string>): string {
  const match = /^(.*)-(\d+)$/.exec(blockId);
  if (!match) return sectionTitles.get(blockId) ?? blockId;
  return `${sectionTitles.get(match[1]!) ?? match[1]}, ${match[2]}`;
}
