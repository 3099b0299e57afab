import { describe, expect, test } from 'vitest';
import { fold } from './fold';
import { isLatin, latinPattern } from './transliterate';

/** Whether a Latin spelling may stand for a Cyrillic word. */
const reads = (latin: string, cyrillic: string) => latinPattern(latin)!.test(fold(cyrillic));

describe('Latin letters read as Kazakh or Russian words', () => {
  test('reads the 2021 official Kazakh Latin alphabet', () => {
    expect(reads('Qazaqstan', 'Қазақстан')).toBe(true);
    expect(reads('Aqtöbe', 'Ақтөбе')).toBe(true);
    expect(reads('ūiymdar', 'ұйымдар')).toBe(true);
    expect(reads('Ändijan', 'Әндіжан')).toBe(true);
    expect(reads('şekara', 'шекара')).toBe(true);
    expect(reads('ğasyr', 'ғасыр')).toBe(true);
    expect(reads('tañ', 'таң')).toBe(true);
    expect(reads('İslam', 'Ислам')).toBe(true);
  });

  test('reads the informal ASCII spellings people type for Kazakh', () => {
    expect(reads('Aktobe', 'Ақтөбе')).toBe(true);
    expect(reads('Kazakhstan', 'Қазақстан')).toBe(true);
    expect(reads('uiymdar', 'ұйымдар')).toBe(true);
    expect(reads('Shymkent', 'Шымкент')).toBe(true);
    expect(reads('qauipsizdik', 'қауіпсіздік')).toBe(true);
  });

  test('reads the common Russian transliterations', () => {
    expect(reads('Andizhan', 'Андижан')).toBe(true);
    expect(reads('Khujand', 'Худжанд')).toBe(true);
    expect(reads('Tokayev', 'Токаев')).toBe(true);
    expect(reads('shchit', 'щит')).toBe(true);
    expect(reads('Yuldashev', 'Юлдашев')).toBe(true);
    expect(reads('Tsentralnaya', 'Центральная')).toBe(true);
    expect(reads('ekstremizma', 'экстремизма')).toBe(true);
  });

  test('does not read a spelling as a different word', () => {
    expect(reads('Aktobe', 'Атырау')).toBe(false);
    expect(reads('Osh', 'ошибке')).toBe(false);
    expect(reads('aaaaaaaaaa', 'а')).toBe(false);
  });

  test('knows a Latin word from a Cyrillic or mixed one', () => {
    expect(isLatin('Qazaqstan')).toBe(true);
    expect(isLatin('Yo‘ldoshev'.replace('‘', "'"))).toBe(true);
    expect(isLatin('Қазақстан')).toBe(false);
    expect(isLatin('2011')).toBe(false);
    expect(latinPattern('naïve')).toBeUndefined();
  });
});
