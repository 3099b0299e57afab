/**
 * The edition's data files (content/*.yaml), read and validated with line numbers. The
 * Astro config hands them to the plugins; the validation checks them against the text; the
 * pages that place old links read the ledger.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ContentError } from '../lib/content-error';
import {
  incidentSchema,
  ledgerSchema,
  organisationSchema,
  publicationSchema,
  referenceSchema,
  slipSchema,
  termSchema,
  type Incident,
  type Ledger,
  type Organisation,
  type Publication,
  type Reference,
  type Slip,
  type Term,
} from '../schemas';
import { parseYaml, type Parsed } from './yaml-data';

/** The edition's data, each file with its line finder. */
export interface EditionDataFiles {
  incidents?: Parsed<Incident[]>;
  organisations?: Parsed<Organisation[]>;
  terms?: Parsed<Term[]>;
  references?: Parsed<Reference[]>;
  publication?: Parsed<Publication>;
  slips?: Parsed<Slip[]>;
  /** content/ids.yaml, the id ledger. */
  ids?: Parsed<Ledger>;
}

/** The data files, by name, with their schemas. */
const DATA_FILES = {
  incidents: z.array(incidentSchema).min(1),
  organisations: z.array(organisationSchema).min(1),
  terms: z.array(termSchema),
  references: z.array(referenceSchema).min(1),
  publication: publicationSchema,
  slips: z.array(slipSchema),
  ids: ledgerSchema,
} as const;

/**
 * The text of a content file under `root`, or a ContentError saying it is missing and how
 * to create it.
 */
export function readContentFile(root: string, rel: string, fix: string): string | ContentError {
  const path = join(root, rel);
  if (!existsSync(path)) return new ContentError(rel, undefined, 'the file is missing', fix);
  return readFileSync(path, 'utf8');
}

/** One data file under `root/content/`, read and validated; a missing file says how to create it. */
function loadDataFile(
  root: string,
  name: keyof typeof DATA_FILES,
): { parsed?: Parsed<unknown>; errors: ContentError[] } {
  const rel = `content/${name}.yaml`;
  const missing =
    name === 'ids'
      ? 'run "npm run ids" to record the ids of the current text'
      : `create ${rel}; see README.md, "Editing the content"`;
  const text = readContentFile(root, rel, missing);
  if (text instanceof ContentError) return { errors: [text] };
  return parseYaml(rel, text, DATA_FILES[name] as z.ZodType<unknown>);
}

/** Reads every data file under `root/content/`; returns the data and every problem found. */
export function loadEditionData(root: string): { data: EditionDataFiles; errors: ContentError[] } {
  const data: EditionDataFiles = {};
  const errors: ContentError[] = [];
  for (const name of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
    const result = loadDataFile(root, name);
    errors.push(...result.errors);
    if (result.parsed) (data as Record<string, unknown>)[name] = result.parsed;
  }
  errors.push(...duplicates(data));
  return { data, errors };
}

/** Every key that two entries of one file share (incident ids, slugs, reference numbers). */
function duplicates(data: EditionDataFiles): ContentError[] {
  const errors: ContentError[] = [];
  const check = <T>(
    file: string,
    parsed: Parsed<T[]> | undefined,
    key: (t: T) => string | number,
    field: string,
  ) => {
    const seen = new Map<string | number, number>();
    parsed?.value.forEach((entry, i) => {
      const k = key(entry);
      if (seen.has(k)) {
        errors.push(
          new ContentError(
            file,
            parsed.lineOf([i, field]),
            `the ${field} "${k}" is used twice (first at entry ${seen.get(k)! + 1})`,
            `give this entry its own ${field}`,
          ),
        );
      } else seen.set(k, i);
    });
  };
  check('content/incidents.yaml', data.incidents, (i) => i.id, 'id');
  check('content/organisations.yaml', data.organisations, (o) => o.slug, 'slug');
  check('content/references.yaml', data.references, (r) => r.n, 'n');
  return errors;
}

let ledger: { value: Ledger | undefined } | undefined;

/**
 * The id ledger (content/ids.yaml), already validated before the build: for pages that place
 * old links. A build reads it once; the dev server on every request, so an edit shows.
 */
export function editionLedger(): Ledger | undefined {
  if (!import.meta.env.PROD || !ledger)
    ledger = { value: loadDataFile(process.cwd(), 'ids').parsed?.value as Ledger | undefined };
  return ledger.value;
}
