/**
 * remark-organisation-links: finds the organisations of the glossary in the article, by
 * the forms the glossary lists for this language (a form matches a word that starts with
 * it, so `Хизб-ут-Тахрир` also finds `Хизб-ут-Тахрирдің`). Every mention is recorded for
 * the glossary's "mentioned in" list; the first mention of an organisation in each section
 * becomes a link to its entry. An explicit link `[text](org:slug)` always links, and an
 * unknown slug stops the build.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Lang } from '../i18n/locales';
import { projectPath } from '../lib/article-file';
import { ContentError } from '../lib/content-error';
import { pagePath } from '../lib/paths';
import { formMatcher, slugOfWord } from '../lib/text-match';
import { sectionOf } from '../lib/block-id';
import { numberedBlocks } from './block-nodes';

export interface OrganisationLinkOptions {
  organisations: { slug: string; forms: Record<Lang, string[]> }[];
  base: string;
}

/** The unified plugin. */
export default function remarkOrganisationLinks(options: OrganisationLinkOptions) {
  const slugs = new Set(options.organisations.map((o) => o.slug));
  return (tree: Root, file: VFile) => {
    const edition = file.data.edition;
    if (!edition) return;
    const { lang } = edition;
    const forms = options.organisations.flatMap((o) => o.forms[lang].map((form) => ({ form, slug: o.slug })));
    const matcher = formMatcher(forms);
    const slugOf = (word: string) => slugOfWord(forms, word);
    const href = (slug: string) => pagePath(options.base, lang, 'organisations', slug);
    const linked = new Set<string>(); // `${section} ${slug}`
    const mention = (slug: string, block: string) => {
      const list = (edition.mentions[slug] ??= []);
      if (list.at(-1) !== block) list.push(block);
    };
    const orgLink = (slug: string, children: PhrasingContent[]): Link => ({
      type: 'link',
      url: href(slug),
      children,
      data: { hProperties: { className: ['org'] } },
    });

    for (const { id: block, node } of numberedBlocks(tree)) {
      const section = sectionOf(block);
      visit(node, 'link', (link: Link) => {
        if (!link.url.startsWith('org:')) return;
        const slug = link.url.slice(4);
        if (!slugs.has(slug)) {
          throw new ContentError(
            projectPath(file.path),
            link.position?.start.line,
            `the organisation "${slug}" is not in the glossary`,
            'use a slug from content/organisations.yaml, or add the organisation there',
          );
        }
        Object.assign(link, orgLink(slug, link.children));
        mention(slug, block);
        linked.add(`${section} ${slug}`);
      });
      if (!matcher) continue;
      visit(node, 'text', (text: Text, index, parent) => {
        if (!parent || index === undefined || parent.type === 'link') return;
        const parts: PhrasingContent[] = [];
        let last = 0;
        for (const match of text.value.matchAll(matcher)) {
          const slug = slugOf(match[0]);
          if (!slug) continue;
          mention(slug, block);
          if (linked.has(`${section} ${slug}`)) continue;
          linked.add(`${section} ${slug}`);
          if (match.index > last) parts.push({ type: 'text', value: text.value.slice(last, match.index) });
          parts.push(orgLink(slug, [{ type: 'text', value: match[0] }]));
          last = match.index + match[0].length;
        }
        if (parts.length === 0) return;
        if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
        parent.children.splice(index, 1, ...parts);
        return [SKIP, index + parts.length];
      });
    }
  };
}
