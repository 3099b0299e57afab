import { describe, expect, test } from 'vitest';
import { dataPackage, incidentRecord, toCsv } from './data-export';
import { incidentMentions } from './mentions';
import type { Incident, Organisation } from '../schemas';
import { layoutTimeline, shapePath } from './timeline';

const incident: Incident = {
  id: 'incident-1992-tajikistan-civil-war',
  year: 1992,
  yearEnd: 1997,
  country: 'TJ',
  event: { kk: 'Азаматтық соғыс', ru: 'Гражданская война', en: 'Civil war' },
  description: {
    kk: 'Исламдық жаңғыру партиясының белсенділігі байқалды.',
    ru: 'Отмечалась активность «Партии исламского возрождения».',
    en: 'The Islamic Renaissance Party, "IRP", was active.',
  },
};

describe('CSV and JSON downloads', () => {
  test('flatten an incident in one language, with the country named by Intl', () => {
    expect(incidentRecord(incident, 'kk')).toEqual({
      id: 'incident-1992-tajikistan-civil-war',
      year: 1992,
      yearEnd: 1997,
      country: 'TJ',
      countryName: 'Тәжікстан',
      event: 'Азаматтық соғыс',
      description: 'Исламдық жаңғыру партиясының белсенділігі байқалды.',
    });
  });
  test('quote fields with commas and quotes, and end lines with CRLF', () => {
    expect(toCsv([incidentRecord(incident, 'en')])).toBe(
      'id,year,yearEnd,country,countryName,event,description\r\n' +
        'incident-1992-tajikistan-civil-war,1992,1997,TJ,Tajikistan,Civil war,"The Islamic Renaissance Party, ""IRP"", was active."\r\n',
    );
  });
  test('leave a missing end year empty, not "null"', () => {
    expect(toCsv([{ a: null, b: 'x' }])).toBe('a,b\r\n,x\r\n');
  });
});

describe('mentions in Table 1', () => {
  test('find an organisation named in a row, in each language', () => {
    const org = {
      slug: 'islamic-renaissance-party',
      names: {
        kk: { name: 'x', forms: ['Исламдық жаңғыру партиясы'] },
        ru: { name: 'x', forms: ['Партии исламского возрождения'] },
        en: { name: 'x', forms: ['Islamic Renaissance Party'] },
      },
    } as unknown as Organisation;
    for (const lang of ['kk', 'ru', 'en'] as const) {
      expect(incidentMentions([incident], [org], lang)).toEqual({
        'islamic-renaissance-party': [incident.id],
      });
    }
  });
});

describe('the timeline', () => {
  const layout = layoutTimeline([incident, { id: 'incident-2011-x', year: 2011, country: 'KZ' }], 700);
  test('puts one lane per country and a tick every five years around the data', () => {
    expect(layout.lanes.map((l) => l.country)).toEqual(['KZ', 'TJ']);
    expect(layout.ticks.map((t) => t.year)).toEqual([1990, 1995, 2000, 2005, 2010, 2015]);
  });
  test('draws a range as a bar from its first to its last year, in its country’s shape', () => {
    const mark = layout.marks[0]!;
    expect(mark).toMatchObject({ shape: 'triangle', country: 'TJ' });
    expect(mark.xEnd! - mark.x).toBeCloseTo((5 / 25) * (700 - 110 - 16));
  });
  test('gives every shape a closed path', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond'] as const)
      expect(shapePath(shape, 10, 10)).toMatch(/Z$/);
  });
  test('refuses a country it has no lane for', () => {
    expect(() => layoutTimeline([{ id: 'incident-2000-x', year: 2000, country: 'AF' }], 700)).toThrow(
      'no lane for country AF',
    );
  });
});

describe('the downloads’ Data Package', () => {
  test('names both files and the licence of the edition’s data', () => {
    const pkg = dataPackage('ru', 'Хронология');
    expect(pkg.resources.map((r) => r.path)).toEqual(['incidents.csv', 'incidents.json']);
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.description).toContain("the article's text remains its authors'");
  });
});
