/**
 * The one way the edition's own code reads YAML (the data files and their content
 * collections, the validation's check of an article's frontmatter, the site's address): with
 * line numbers, so that a syntax or schema error names the line of the entry or field that is
 * wrong. Astro reads the frontmatter it renders with itself.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ZodType } from 'astro/zod';
import { ContentError } from '../lib/content-error';

/** The line a node starts on, found by its path (the nearest node that has one). */
type LineOf = (path: (string | number)[]) => number | undefined;

/** A validated value and the line each entry of it starts on. */
export interface Parsed<T> {
  value: T;
  lineOf: LineOf;
}

function lineFinder(doc: Document, counter: LineCounter): LineOf {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/**
 * A YAML text as a document, which the ledger's writer edits (keeping its comments); throws a
 * ContentError naming the file, the line and the fix if the text does not parse.
 */
export function yamlDocument(file: string, text: string): { doc: Document; lineOf: LineOf } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    throw new ContentError(
      file,
      counter.linePos(first.pos[0]).line,
      `the YAML does not parse (${first.code}: ${first.message.split('\n')[0]})`,
      'check the indentation and quoting on that line; strings with ":" or "#" need quotes',
    );
  }
  return { doc, lineOf: lineFinder(doc, counter) };
}

/**
 * Each file's last text and its document. One build reads a file in several places (the
 * config, the validation, the collections, the pages); the same text is parsed once, and an
 * edited one (under `astro dev`) afresh.
 */
const lastRead = new Map<string, { text: string; doc: Document; lineOf: LineOf }>();

/**
 * The value of a YAML text and the line of each of its nodes; throws a ContentError naming
 * the file, the line and the fix if the text does not parse.
 * @example readYaml('content/publication.yaml', text).value
 */
export function readYaml(file: string, text: string): { value: unknown; lineOf: LineOf } {
  let last = lastRead.get(file);
  if (last?.text !== text) {
    last = { text, ...yamlDocument(file, text) };
    lastRead.set(file, last);
  }
  // A fresh value each time: a reader may change what it gets.
  return { value: last.doc.toJS(), lineOf: last.lineOf };
}

/**
 * Reads a YAML text and validates it with a schema; returns every problem (a syntax error,
 * or each schema issue), each with the file, the line and the fix.
 * @example parseYaml('content/incidents.yaml', text, z.array(incidentSchema))
 */
export function parseYaml<T>(
  file: string,
  text: string,
  schema: ZodType<T>,
): { parsed?: Parsed<T>; errors: ContentError[] } {
  let read;
  try {
    read = readYaml(file, text);
  } catch (error) {
    if (error instanceof ContentError) return { errors: [error] };
    throw error;
  }
  const { value, lineOf } = read;
  const result = schema.safeParse(value);
  if (!result.success) {
    return {
      errors: result.error.issues.map(
        (issue) =>
          new ContentError(
            file,
            lineOf(issue.path as (string | number)[]),
            `${issue.path.length ? `field "${issue.path.join('.')}"` : 'the file'}: ${issue.message}`,
            'correct the value as the schema in src/schemas/index.ts describes',
          ),
      ),
    };
  }
  return { parsed: { value: result.data, lineOf }, errors: [] };
}
