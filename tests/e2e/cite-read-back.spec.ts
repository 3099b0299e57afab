import { expect, test } from '../support/test';
import { publication } from '../support/citation-fixture';
import { cases } from '../support/cite-cases';
import { BABEL, READ_AUTHORS, readBibtex, readCsl, readRis } from '../support/read-back';
import { langs, siteRoot } from '../support/site';

for (const lang of langs) {
  test(`the ${lang} page's meta tags and JSON-LD agree with its visible title and authors @base-path`, async ({
    page,
    request,
  }) => {
    await page.goto(`${lang}/`);
    const title = (await page.locator('h1').textContent())!.trim();
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', title);
    await expect(meta('DC.title')).toHaveAttribute('content', title);
    const authors = await meta('citation_author').evaluateAll((els) =>
      els.map((e) => e.getAttribute('content')),
    );
    expect(authors).toEqual(
      lang === 'en' ? ['Akkozhina, N.O.', 'Darkenov, K.G.'] : ['Аккожина, Н.О.', 'Даркенов, Қ.Ғ.'],
    );
    const byline = await page.locator('.byline').innerText();
    for (const a of authors) expect(byline).toContain(a!.split(', ')[0]);
    await expect(meta('citation_language')).toHaveAttribute('content', lang);
    // The original's date is unknown: the edition's date is its online date, not the authors'.
    await expect(meta('citation_publication_date')).toHaveCount(0);
    await expect(meta('citation_online_date')).toHaveAttribute('content', '2026/11/28');
    await expect(meta('citation_journal_title')).toHaveCount(0);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld.headline).toBe(title);
    expect(ld.inLanguage).toBe(lang);
    expect(ld.author.map((a: { familyName: string }) => a.familyName)).toEqual(
      authors.map((a) => a!.split(', ')[0]),
    );
    if (lang === 'kk') expect(ld.workTranslation).toHaveLength(2);
    else expect(ld.translationOfWork['@id']).toMatch(/\/kk\/$/);
    const bib = await (await request.get(`${lang}/cite/akkozhina-darkenov-${lang}.bib`)).text();
    expect(bib).toContain(`url = {${siteRoot}${lang}/},`);
    // The first release's file names still answer, with the same reference.
    expect(await (await request.get(`${lang}/cite/article.bib`)).text()).toBe(bib);
  });
}

test('every download and every dialog citation reads back in Zotero’s, citation-js’s and citeproc’s readers @base-path', async ({
  request,
}) => {
  const { version } = publication.edition;
  for (const [lang, cited] of cases) {
    const dialog = (await (await request.get(`${lang}/cite/citations.json`)).json()) as Record<
      string,
      Record<string, { text: Record<string, string> }>
    >;
    const textLang = cited === 'original' ? 'kk' : lang;
    const stem = `akkozhina-darkenov-${lang}${cited === 'original' ? '-kk-original' : ''}`;
    const expected = (url: string) => ({ authors: READ_AUTHORS[lang], version, url });
    const files = {
      bib: await (await request.get(`${lang}/cite/${stem}.bib`)).text(),
      ris: await (await request.get(`${lang}/cite/${stem}.ris`)).text(),
      json: await (await request.get(`${lang}/cite/${stem}.json`)).text(),
    };
    const url = `${siteRoot}${textLang}/`;
    expect(readBibtex(files.bib), `${stem}.bib`).toMatchObject({
      ...expected(url),
      language: BABEL[textLang],
    });
    expect(readRis(files.ris), `${stem}.ris`).toMatchObject({ ...expected(url), language: textLang });
    expect(readCsl(files.json), `${stem}.json`).toMatchObject({ ...expected(url), language: textLang });
    const titles = [readBibtex(files.bib).title, readRis(files.ris).title, readCsl(files.json).title];
    expect(new Set(titles).size, `${stem}: one title in all three`).toBe(1);
    const passage = dialog[cited]!['results-5']!.text;
    const at = `${url}#results-5`;
    expect(readBibtex(passage.bibtex!)).toMatchObject({ ...expected(at), title: titles[0] });
    expect(readRis(passage.ris!)).toMatchObject({ ...expected(at), title: titles[0] });
    expect(readCsl(passage.csl!)).toMatchObject({ ...expected(at), title: titles[0] });
  }
});
