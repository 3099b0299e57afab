/**
 * A problem in the edition's content, reported so a maintainer can fix it without reading
 * code: the file, the line where it is known, what is wrong and what to do.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}. Fix: ${fix}`);
    this.name = 'ContentError';
  }
}

/** Several content problems at once, so one build lists all of them. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(
      `The edition's content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  - ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
  }
}
