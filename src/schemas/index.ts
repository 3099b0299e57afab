/**
 * Every content schema, in one place: the content collections (`src/content.config.ts`) and
 * the edition's own validation (`validate-edition.ts`) both use these.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);
/** A text in each of the three languages; a missing language is an error. */
const trilingual = z.strictObject({ kk: text, ru: text, en: text });

const thisYear = new Date().getFullYear();
const year = z
  .number()
  .int()
  .min(1900, 'a year before 1900 is impossible for this chronology')
  .max(thisYear, `a year after ${thisYear} has not happened yet`);

export const articleSchema = z.strictObject({
  lang: z.enum(['kk', 'ru', 'en']),
  translation: z.enum(['original', 'editorial']),
  title: text,
});

export const incidentSchema = z
  .strictObject({
    id: z.string().regex(/^incident-\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/, 'must be incident-{year}-{ascii-slug}'),
    year,
    yearEnd: year.optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as KZ'),
    event: trilingual,
    description: trilingual,
  })
  .refine((i) => i.id.startsWith(`incident-${i.year}-`), {
    message: 'the id must start with incident-{year}- of its own year',
    path: ['id'],
  })
  .refine((i) => i.yearEnd === undefined || i.yearEnd > i.year, {
    message: 'yearEnd must come after year',
    path: ['yearEnd'],
  });

export const organisationKinds = [
  'militant-organisation',
  'political-movement',
  'ruling-movement',
  'historical-movement',
  'media-centre',
  'international-organisation',
  'state-body',
] as const;

const orgNames = z.strictObject({
  name: text,
  abbr: text.optional(),
  /** Every form the text uses, matched as a word start; empty where this language's text never names it. */
  forms: z.array(text),
});

export const organisationSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an ASCII slug such as hizb-ut-tahrir'),
  kind: z.enum(organisationKinds),
  bannedInKazakhstan: z.boolean(),
  names: z.strictObject({ kk: orgNames, ru: orgNames, en: orgNames }),
  aliases: z.array(text).optional(),
  summary: trilingual,
});

const termKinds = ['place', 'person', 'law', 'concept'] as const;

/** A place, person, law or concept of the text, by the forms each language's text uses. */
export const termSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an ASCII slug such as aktobe'),
  kind: z.enum(termKinds),
  /** Every form the text uses, matched as a word start; the languages are kk, ru and en only. */
  forms: z.strictObject(
    { kk: z.array(text).min(1), ru: z.array(text).min(1), en: z.array(text).min(1) },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.map((k) => `"${k}"`).join(', ')} is not a language of the edition: write the forms under kk, ru and en`
          : undefined,
    },
  ),
  /** Other spellings a reader may type (Latin Kazakh, other transliterations). */
  aliases: z.array(text).optional(),
});

export const referenceSchema = z.strictObject({
  n: z.number().int().min(1),
  author: trilingual.optional(),
  /** The bibliographic entry as CSL-JSON, only once known from the published article. */
  csl: z.record(z.string(), z.unknown()).optional(),
});

const editionVersion = z.string().regex(/^\d+\.\d+$/, "must be a version in quotes, such as '1.0' or '1.1'");
const changelogEntry = z.strictObject({
  version: editionVersion,
  date: z.coerce.date(),
  changes: trilingual,
  /** The paragraph ids whose text this version changed, added or retired. */
  passages: z.array(z.string()).optional(),
});

const bothScripts = z.strictObject({ cyrl: text, latn: text });
export const publicationSchema = z.strictObject({
  authors: z
    .array(
      z.strictObject({
        family: bothScripts.extend({ ru: text.optional() }),
        // `ru`: the Russian form, where the Kazakh one has letters Russian lacks (К.Г. for Қ.Ғ.).
        initials: bothScripts.extend({ ru: text.optional() }),
        corresponding: z.boolean(),
      }),
    )
    .min(1),
  affiliation: trilingual,
  irsti: text,
  firstPage: z.number().int().min(1),
  /** The proper nouns of each language's title, kept capitalised where a style sentence-cases it. */
  titleProperNouns: z.strictObject({ kk: z.array(text), ru: z.array(text), en: z.array(text) }),
  journal: z.strictObject({
    title: text.optional(),
    volume: text.optional(),
    issue: text.optional(),
    year: z.number().int().optional(),
    lastPage: z.number().int().optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.1234/abcd')
      .optional(),
  }),
  edition: z.strictObject({
    /** The edition's version, raised for every corrected release ('1.0', '1.1', …). */
    version: editionVersion,
    date: z.coerce.date(),
    /** What changed in each version, newest last; the first entry is the first edition. */
    changelog: z.array(changelogEntry).min(1),
    /** The public address; the deployment build needs it (or SITE_URL). */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** No person is named: the edition's team, in each language. */
    editors: trilingual,
    translators: trilingual,
  }),
});

const textRecord = z.strictObject({
  /** The version in which this language's text was last recorded. */
  v: editionVersion,
  fp: z
    .string()
    .regex(/^[0-9a-f]{12}\.\d+\.[0-9a-f]{144}$/, 'must be a fingerprint written by "npm run ids"'),
});
const paragraphId = z.string().regex(/^[a-z0-9-]+-\d+$/, 'must be a paragraph id such as results-5');

/** content/ids.yaml: every paragraph id ever published, and where retired ones now lead. */
export const ledgerSchema = z.strictObject({
  ids: z.record(
    paragraphId,
    z.strictObject({ since: editionVersion, kk: textRecord, ru: textRecord, en: textRecord }),
  ),
  retired: z
    .record(
      paragraphId,
      z.strictObject({
        /** The block its links now land on: the paragraph that took its words, or the nearest one. */
        to: z.string().regex(/^[a-z0-9-]+$/),
        why: z.enum(['merged', 'removed', 'moved']),
        version: editionVersion,
        /** For a removed passage: what it said and why it went, shown where the link lands. */
        note: trilingual.optional(),
      }),
    )
    .default({}),
});

/**
 * A slip of the source that the edition keeps but marks [sic]: the words it stands after in
 * each language's paragraph, and the editor's note that explains it.
 */
export const slipSchema = z.strictObject({
  block: z.string().regex(/^[a-z]+(-[a-z]+)*-\d+$/, 'must be a paragraph id such as results-1'),
  words: trilingual,
  note: trilingual,
});

export type Incident = z.infer<typeof incidentSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationKind = (typeof organisationKinds)[number];
export type Term = z.infer<typeof termSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type Slip = z.infer<typeof slipSchema>;
export type Ledger = z.infer<typeof ledgerSchema>;
export type ChangelogEntry = z.infer<typeof changelogEntry>;
