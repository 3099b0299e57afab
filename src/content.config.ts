/** The content collections; every schema lives in src/schemas/index.ts. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readYaml } from './build/yaml-data';
import {
  articleSchema,
  incidentSchema,
  organisationSchema,
  publicationSchema,
  referenceSchema,
  termSchema,
} from './schemas';

/** A data file's entries, read as the validation reads it (a syntax error names its line). */
const yamlFile = (path: string, entries: (value: unknown) => Record<string, unknown>[]) =>
  file(path, { parser: (text) => entries(readYaml(path, text).value) });
/** A YAML list whose entries are keyed by one of their fields. */
const keyedBy = (key: string) => (value: unknown) =>
  (value as Record<string, unknown>[]).map((entry) => ({ id: String(entry[key]), ...entry }));
/** The loader's `id` is part of the data Astro validates; the strict schemas must allow it. */
const withId = { id: z.string() };

export const collections = {
  article: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/article' }),
    schema: articleSchema,
  }),
  about: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/about' }),
    schema: articleSchema.pick({ lang: true, title: true }),
  }),
  incidents: defineCollection({
    loader: yamlFile('content/incidents.yaml', keyedBy('id')),
    schema: incidentSchema,
  }),
  organisations: defineCollection({
    loader: yamlFile('content/organisations.yaml', keyedBy('slug')),
    schema: organisationSchema.extend(withId),
  }),
  terms: defineCollection({
    loader: yamlFile('content/terms.yaml', keyedBy('slug')),
    schema: termSchema.extend(withId),
  }),
  references: defineCollection({
    loader: yamlFile('content/references.yaml', keyedBy('n')),
    schema: referenceSchema.extend(withId),
  }),
  publication: defineCollection({
    loader: yamlFile('content/publication.yaml', (value) => [{ id: 'publication', ...(value as object) }]),
    schema: publicationSchema.extend(withId),
  }),
};
