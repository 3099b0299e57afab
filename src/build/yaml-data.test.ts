import { describe, expect, it } from 'vitest';
import { ContentError } from '../lib/content-error';
import { readYaml } from './yaml-data';

const text = 'entries:\n  - n: 1\n  - n: 2\n';

describe('the one YAML reader', () => {
  it('parses a text once and gives each reader a value of its own', () => {
    const first = readYaml('content/probe.yaml', text);
    const again = readYaml('content/probe.yaml', text);
    expect(again.lineOf).toBe(first.lineOf); // the same document: not parsed again
    expect(again.value).toEqual({ entries: [{ n: 1 }, { n: 2 }] });
    expect(again.value).not.toBe(first.value);
    expect(first.lineOf(['entries', 1])).toBe(3);
  });

  it('parses an edited text afresh', () => {
    const before = readYaml('content/probe.yaml', text);
    const after = readYaml('content/probe.yaml', `${text}  - n: 3\n`);
    expect(after.lineOf).not.toBe(before.lineOf);
    expect(after.value).toEqual({ entries: [{ n: 1 }, { n: 2 }, { n: 3 }] });
  });

  it('names the file, the line and the fix when the text does not parse', () => {
    const read = () => readYaml('content/probe.yaml', 'entries:\n  - n: [1\n');
    expect(read).toThrow(ContentError);
    expect(read).toThrow(
      /^content\/probe\.yaml:\d+: the YAML does not parse \(.+\)\. Fix: check the indentation/,
    );
  });
});
