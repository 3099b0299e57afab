/**
 * Reading the YAML data files with line numbers, so that a schema error names the line of
 * the entry or field that is wrong.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ZodType } from 'astro/zod';
import { ContentError } from '../lib/content-error';

/** A validated value and the line each entry of it starts on. */
export interface Parsed<T> {
  value: T;
  lineOf: (path: (string | number)[]) => number | undefined;
}

function lineFinder(doc: Document, counter: LineCounter) {
  return (path: (string | number)[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/**
 * Parses a YAML text and validates it with a schema; throws a ContentError naming the file,
 * the line and the fix on a syntax error, and returns every schema problem otherwise.
 * @example parseYaml('content/incidents.yaml', text, z.array(incidentSchema))
 */
export function parseYaml<T>(
  file: string,
  text: string,
  schema: ZodType<T>,
): { parsed?: Parsed<T>; errors: ContentError[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = counter.linePos(first.pos[0]).line;
    return {
      errors: [
        new ContentError(
          file,
          line,
          `the YAML does not parse (${first.code}: ${first.message.split('\n')[0]})`,
          'check the indentation and quoting on that line; strings with ":" or "#" need quotes',
        ),
      ],
    };
  }
  const lineOf = lineFinder(doc, counter);
  const result = schema.safeParse(doc.toJS());
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
