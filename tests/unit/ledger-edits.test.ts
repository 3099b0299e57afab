/**
 * The id ledger under a real correction: a copy of the content gets a paragraph inserted
 * before results-5, two paragraphs merged, one deleted and a word changed, in the three
 * languages, and the real validation, `npm run ids`'s writer and the site's plugins run on it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { writeLedger } from '../../src/build/ledger-file';
import { langs, type Lang } from '../../src/i18n/locales';
import { splitFrontmatter } from '../../src/integrations/article-outline';
import { validateEdition } from '../../src/integrations/validate-edition';
import { pluginOptions, rehypePlugins, remarkPlugins } from '../../src/plugins';

const root = mkdtempSync(join(tmpdir(), 'edition-ledger-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('content', join(root, 'content'), { recursive: true });

/** Each language's (id → text) of the real, unedited content. */
const before = validateEdition(process.cwd());
const textsBefore = (lang: Lang) => new Map(before.outlines[lang]!.blocks.map((b) => [b.id, b.text]));

const inserted: Record<Lang, string> = {
  kk: 'Бұл абзацты редакция түзету кезінде қосты, ол бұрынғы абзацтардың нөмірлерін өзгертпеуі керек.',
  ru: 'Этот абзац редакция добавила при исправлении, и он не должен менять номера прежних абзацев.',
  en: 'The editors added this paragraph in a correction, and it must not change the numbers of the paragraphs before it.',
};
const starts = {
  results5: {
    kk: 'Талқыланып отырған',
    ru: 'Что касается Казахстана',
    en: 'In Kazakhstan, according to Erlan Karin',
  },
  methods2: {
    kk: 'Мақалада Орталық',
    ru: 'В статье проанализирована',
    en: 'The article analyses the history',
  },
};

function edit(lang: Lang, change: (text: string) => string) {
  const path = join(root, `content/article/${lang}.mdx`);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
for (const lang of langs) {
  edit(lang, (text) =>
    text
      .replace(`\n${starts.results5[lang]}`, `\n${inserted[lang]}\n\n${starts.results5[lang]}`)
      .replace(`\n\n${starts.methods2[lang]}`, ` ${starts.methods2[lang]}`)
      .replace(/\n4\. [^\n]*/, ''),
  );
}
// Paragraphs the current version's changelog does not name, so the change must be declared.
edit('kk', (text) => text.replace('Қазіргі таңда Еуропа мен Азияның', 'Бүгінгі таңда Еуропа мен Азияның'));
edit('ru', (text) => text.replace('В настоящее время Центральная Азия', 'Сегодня Центральная Азия'));

const edited = validateEdition(root);
const idsOf = (lang: Lang, result = edited) =>
  new Map(result.outlines[lang]!.blocks.map((b) => [result.ledger?.match.ids.get(b.id) ?? b.id, b.text]));

describe('a corrected copy of the content, matched to the ledger', () => {
  test('keeps the id of every passage the correction did not touch, in every language', () => {
    for (const lang of langs) {
      const [old, now] = [textsBefore(lang), idsOf(lang)];
      for (const [id, text] of old) {
        if (['methods-1', 'methods-2', 'results-10', 'introduction-1'].includes(id)) continue;
        expect(now.get(id), `${lang} ${id}`).toBe(text);
      }
    }
  });

  test('gives the inserted paragraph a fresh id, the next never used in its section', () => {
    expect(idsOf('kk').get('results-14')).toBe(inserted.kk);
    expect(idsOf('en').get('results-14')).toBe(inserted.en);
    expect(edited.ledger!.match.changes).toContainEqual(
      expect.objectContaining({ kind: 'new', id: 'results-14' }),
    );
  });

  test('keeps the first id on a merged paragraph and reports the other gone', () => {
    expect(idsOf('ru').get('methods-1')).toContain(starts.methods2.ru);
    const gone = edited.ledger!.match.changes.filter((c) => c.kind === 'gone').map((c) => c.id);
    expect(gone.sort()).toEqual(['methods-2', 'results-10']);
  });

  test('stops on a removal without a mapping, naming the ledger line and the fix', () => {
    const error = edited.errors.find((e) => e.problem.includes('methods-2 is no longer in the text'));
    expect(error?.file).toBe('content/ids.yaml');
    expect(error?.line).toBeGreaterThan(1);
    expect(error?.fix).toContain('retired:');
  });

  test('stops on a changed word that no changelog entry names', () => {
    const messages = edited.errors.map((e) => e.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/^content\/article\/kk\.mdx:\d+: paragraph introduction-1 \(kk\) differs/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^content\/article\/ru\.mdx:\d+: paragraph introduction-1 \(ru\) differs/),
    );
  });
});

describe('the same correction, declared and recorded', () => {
  const ledgerPath = join(root, 'content/ids.yaml');
  const publicationPath = join(root, 'content/publication.yaml');
  writeFileSync(
    ledgerPath,
    readFileSync(ledgerPath, 'utf8').replace(
      'retired: {}',
      `retired:
  methods-2: { to: methods-1, why: merged, version: '1.2' }
  results-10: { to: results-11, why: removed, version: '1.2', note: { kk: 'Қайталау еді.', ru: 'Повтор.', en: 'It repeated item 3.' } }`,
    ),
  );
  writeFileSync(
    publicationPath,
    readFileSync(publicationPath, 'utf8').replace("version: '1.1'\n", "version: '1.2'\n") +
      `    - version: '1.2'
      date: 2027-01-15
      changes: { kk: Түзету., ru: Исправление., en: A correction. }
      passages: [introduction-1, methods-1, methods-2, results-10, results-14]
`,
  );
  const declared = validateEdition(root);

  test('asks only for "npm run ids" once the changelog and the mappings say what happened', () => {
    expect(declared.errors.length).toBeGreaterThan(0);
    expect(declared.errors.every((e) => e.fix.includes('npm run ids'))).toBe(true);
  });

  test('validates once the ledger records it, and the old links land where the entries say', () => {
    writeLedger(root, declared.ledger!.match.next);
    const recorded = validateEdition(root);
    expect(recorded.errors.map((e) => e.message)).toEqual([]);
    const ledger = recorded.data.ids!.value;
    expect(ledger.ids['introduction-1']!.kk.v).toBe('1.2');
    expect(ledger.ids['introduction-1']!.en.v).toBe('1.0');

    const options = pluginOptions(recorded.data, '/');
    const file = new VFile({
      path: join(root, 'content/article/en.mdx'),
      value: splitFrontmatter(readFileSync(join(root, 'content/article/en.mdx'), 'utf8')).body,
    });
    const html = String(
      unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(remarkPlugins(options))
        .use(remarkRehype)
        .use(rehypePlugins(options))
        .use(rehypeStringify)
        .processSync(file),
    );
    expect(html).toMatch(
      /<p id="methods-1"[^>]*><span id="methods-2" class="id-notice" role="note"[^>]*>The passage your link names \(methods-2\) has been part of this paragraph since edition 1\.2\./,
    );
    expect(html).toMatch(
      /<li id="results-11"[^>]*><span id="results-10" class="id-notice"[^>]*>The passage your link names \(results-10\) was removed in edition 1\.2\. It repeated item 3\./,
    );
    expect(html).toMatch(/<p id="results-14"[^>]*><span class="block-number"[^>]*>14<\/span>/);
    expect(html).toMatch(
      /<p id="results-5"[^>]*><span class="block-number"[^>]*>5<\/span> In Kazakhstan, according to Erlan Karin/,
    );
  });
});
