/**
 * The organisations glossary checked against the article (part of validate-edition.ts): each
 * form occurs in its language's text, and each translation names what the original names.
 */
import { langs, originalLang, type Lang } from '../i18n/locales';
import type { EditionDataFiles } from '../build/edition-data';
import { AUTHORS_OWN_SECTIONS, sectionOf } from '../lib/block-id';
import type { EditionData } from '../lib/article-file';
import { ContentError } from '../lib/content-error';
import { hasWordStarting } from '../lib/text-match';

/** A language's whole text: the article's blocks and, as part of the text too, Table 1's cells. */
export function textOf(
  data: EditionDataFiles,
  outline: EditionData | undefined,
  lang: Lang,
): string | undefined {
  if (!outline) return undefined;
  const cells = (data.incidents?.value ?? []).flatMap((i) => [i.event[lang], i.description[lang]]);
  return [...outline.blocks.map((b) => b.text), ...cells].join('\n');
}

/**
 * Every glossary form occurs in its language's text, and a translated paragraph names the
 * same organisations as the original paragraph (the authors' own abstracts are exempt).
 */
export function checkOrganisations(
  data: EditionDataFiles,
  outlines: Partial<Record<Lang, EditionData>>,
): ContentError[] {
  const errors: ContentError[] = [];
  const orgs = data.organisations;
  if (!orgs) return errors;
  orgs.value.forEach((org, i) => {
    for (const lang of langs) {
      const outline = outlines[lang];
      if (!outline) continue;
      const text = textOf(data, outline, lang)!;
      for (const [f, form] of org.names[lang].forms.entries()) {
        if (!hasWordStarting(text, form)) {
          errors.push(
            new ContentError(
              'content/organisations.yaml',
              orgs.lineOf([i, 'names', lang, 'forms', f]),
              `the ${lang} form "${form}" of "${org.slug}" does not occur in content/article/${lang}.mdx`,
              'list only forms the text uses, exactly as written',
            ),
          );
        }
      }
      const original = outlines[originalLang];
      if (lang === originalLang || !original) continue;
      const want = (original.mentions[org.slug] ?? []).filter((b) => !AUTHORS_OWN_SECTIONS.has(sectionOf(b)));
      const have = new Set(outline.mentions[org.slug] ?? []);
      for (const block of want.filter((b) => !have.has(b))) {
        const line = outline.blocks.find((b) => b.id === block)?.line;
        errors.push(
          new ContentError(
            `content/article/${lang}.mdx`,
            line,
            `paragraph ${block} does not name "${org.names[lang].name}" (${org.slug}), which the Kazakh paragraph names`,
            `name it in the translation with one of its ${lang} forms, or add the form used here to content/organisations.yaml`,
          ),
        );
      }
    }
  });
  return errors;
}
