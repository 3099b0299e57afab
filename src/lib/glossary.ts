/** The glossary page's order and labels: grouped by kind, each group in the language's collation. */
import type { Lang } from '../i18n/locales';
import { organisationKinds, type Incident, type Organisation, type OrganisationKind } from '../schemas';
import { incidentMentions } from './mentions';

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

/** Where the article names an organisation: its blocks, then the rows of Table 1. */
export interface GlossaryPlaces {
  blocks: string[];
  incidents: Incident[];
}

/**
 * Each organisation's places in one language, by slug: the blocks the article plugins found
 * (`mentions`) and the incidents whose cells name it, in Table 1's order.
 */
export function glossaryPlaces(
  organisations: Organisation[],
  incidents: Incident[],
  mentions: Record<string, string[]>,
  lang: Lang,
): Map<string, GlossaryPlaces> {
  const inTable = incidentMentions(incidents, organisations, lang);
  const byId = new Map(incidents.map((i) => [i.id, i]));
  return new Map(
    organisations.map((o) => [
      o.slug,
      { blocks: mentions[o.slug] ?? [], incidents: (inTable[o.slug] ?? []).map((id) => byId.get(id)!) },
    ]),
  );
}
