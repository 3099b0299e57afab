/** The content collections; every schema lives in src/schemas/index.ts. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  articleSchema,
  incidentSchema,
  organisationSchema,
  publicationSchema,
  referenceSchema,
  termSchema,
} from './schemas';

/** A YAML list whose entries are keyed by one of their fields. */
const keyedBy = (key: string) => (text: string) =>
  (parse(text) as Record<string, unknown>[]).map((entry) => ({ id: String(entry[key]), ...entry }));
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
    loader: file('content/incidents.yaml', { parser: keyedBy('id') }),
    schema: incidentSchema,
  }),
  organisations: defineCollection({
    loader: file('content/organisations.yaml', { parser: keyedBy('slug') }),
    schema: organisationSchema.extend(withId),
  }),
  terms: defineCollection({
    loader: file('content/terms.yaml', { parser: keyedBy('slug') }),
    schema: termSchema.extend(withId),
  }),
  references: defineCollection({
    loader: file('content/references.yaml', { parser: keyedBy('n') }),
    schema: referenceSchema.extend(withId),
  }),
  publication: defineCollection({
    loader: file('content/publication.yaml', { parser: (text) => [{ id: 'publication', ...parse(text) }] }),
    schema: publicationSchema.extend(withId),
  }),
};
