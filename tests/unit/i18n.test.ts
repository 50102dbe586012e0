import { describe, expect, it } from 'vitest';
import ar from '../../src/i18n/ar';
import en from '../../src/i18n/en';
import fr from '../../src/i18n/fr';
import { unbreakableAmounts } from '../../src/lib/i18n/bidi';
import { formatFigure } from '../../src/lib/i18n/figures';
import {
  acronymPrefix,
  byCountryName,
  countryName,
  countryNames,
  dirOf,
  formatDate,
  formatMoney,
  formatNumber,
  localize,
  nameOf,
  shortName,
  t,
  tCount,
} from '../../src/lib/i18n/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it.each([
    ['en', en],
    ['ar', ar],
  ])('%s has exactly the keys of fr, with the same placeholders', (_, dict) => {
    expect(Object.keys(dict).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, value] of Object.entries(fr)) {
      const own = placeholders((dict as Record<string, string>)[key]);
      // A singular may say the number in words ("دراسة حالة واحدة", one case study).
      if (key.endsWith('.one'))
        expect(
          own.filter((p) => p !== 'n'),
          key,
        ).toEqual(placeholders(value).filter((p) => p !== 'n'));
      else expect(own, key).toEqual(placeholders(value));
    }
  });

  it('has no empty string', () => {
    for (const dict of [fr, en, ar])
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
  });

  it('fills placeholders and refuses a missing value', () => {
    expect(t('en', 'cases.count.other', { n: 12 })).toContain('12');
    expect(() => t('en', 'cases.count.other')).toThrow(/needs a value for \{n\}/);
  });

  it('says a count in the plural form of each language', () => {
    expect(tCount('en', 'cases.count', 1)).toBe('1 case study');
    expect(tCount('en', 'cases.count', 2)).toBe('2 case studies');
    expect(tCount('en', 'cases.count', 0)).toBe('0 case studies');
    expect(tCount('fr', 'cases.count', 1)).toBe('1 étude de cas');
    expect(tCount('fr', 'cases.count', 0)).toBe('0 étude de cas');
    expect(tCount('fr', 'cases.count', 1200)).toBe('1\u202f200 études de cas');
    expect(tCount('ar', 'cases.count', 1)).toBe('دراسة حالة واحدة');
    // Arabic has forms for 2, 3–10 and 11–99 that the dictionary leaves to the neutral "number: n".
    expect(tCount('ar', 'cases.count', 2)).toBe('عدد دراسات الحالة: 2');
    expect(tCount('en', 'list.casesCount', 1)).toBe('1 case');
  });
});

describe('language helpers', () => {
  it('lists countries in the alphabetical order of their names in each language', () => {
    expect(countryNames(['SN', 'MA', 'DZ'], 'fr')).toEqual(['Algérie', 'Maroc', 'Sénégal']);
    expect(byCountryName(['DE', 'DZ'], 'fr')).toEqual(['DZ', 'DE']); // Algérie, Allemagne
    expect(countryNames(['SN', 'MA', 'DZ'], 'ar')).toEqual(['الجزائر', 'السنغال', 'المغرب']);
  });

  it('knows the direction of each language', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('fr')).toBe('ltr');
    expect(dirOf('en')).toBe('ltr');
  });

  it('falls back to French, then any language, and says which it used', () => {
    expect(localize({ fr: 'écoles', en: 'schools' }, 'ar')).toEqual({ text: 'écoles', lang: 'fr' });
    expect(localize({ en: 'schools' }, 'ar')).toEqual({ text: 'schools', lang: 'en' });
    expect(localize({ fr: 'écoles', ar: 'مدارس' }, 'ar')).toEqual({ text: 'مدارس', lang: 'ar' });
  });

  it('names countries in each language from the ISO package', () => {
    expect(countryName('MA', 'fr')).toBe('Maroc');
    expect(countryName('MA', 'en')).toBe('Morocco');
    expect(countryName('MA', 'ar')).toBe('المغرب');
    // Short names, not official long forms.
    expect(['GM', 'TZ', 'CN', 'US'].map((c) => countryName(c, 'en'))).toEqual([
      'Gambia',
      'Tanzania',
      'China',
      'United States',
    ]);
    expect(countryName('CI', 'fr')).toBe('Côte d’Ivoire');
    expect(countryName('TZ', 'ar')).toBe('تنزانيا');
  });

  it('writes dates as precisely as they are known', () => {
    expect(formatDate('en', '2017')).toBe('2017');
    expect(formatDate('fr', '2017-01')).toBe('janvier 2017');
    expect(formatDate('en', '2017-01-15')).toBe('15 January 2017');
  });
});

describe('amounts in running text', () => {
  it('keep their sign with their number, on one line, and leave other spaces alone', () => {
    expect(unbreakableAmounts('au plus 15 000 € et 70 % du coût, soit 12 $ ou 3 ‰', 'fr')).toBe(
      'au plus 15 000\u00a0€ et 70\u00a0% du coût, soit 12\u00a0$ ou 3\u00a0‰',
    );
    expect(unbreakableAmounts('EUR 15 000 et 40 pays', 'fr')).toBe('EUR 15 000 et 40 pays');
    expect(unbreakableAmounts('30 % في المئة', 'ar')).toBe('30 % في المئة');
  });
});

describe('Arabic pages', () => {
  // Western digits and a point for decimals, as the Arabic texts write them ("1.5 مليون", "30 %").
  const arabicIndic = /[\u0660-\u0669\u066A-\u066C\u06F0-\u06F9]/;

  it('name the months as the Arabic texts do (مايو، يوليو، أغسطس, not the Moroccan ماي، يوليوز، غشت)', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate('ar', `2017-${String(i + 1).padStart(2, '0')}`));
    expect(months.map((m) => m.replace(' 2017', ''))).toEqual([
      'يناير',
      'فبراير',
      'مارس',
      'أبريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس',
      'سبتمبر',
      'أكتوبر',
      'نوفمبر',
      'ديسمبر',
    ]);
    expect(formatDate('ar', '2026-12-03')).toBe('3 ديسمبر 2026');
  });

  it('write every number with Western digits, the point for decimals and the percent sign as the texts do', () => {
    const written = [
      formatNumber('ar', 1234.5),
      formatMoney('ar', 15000, 'EUR'),
      formatFigure('ar', { value: 3.5, scale: 'million' }),
      formatDate('ar', '2019-06-15'),
      t('ar', 'case.share', { share: 70 }),
      t('ar', 'case.shareMax', { share: 33.5 }),
      t('ar', 'case.topUp', { percent: 30 }),
    ];
    for (const text of written) expect(text).not.toMatch(arabicIndic);
    expect(formatNumber('ar', 1234.5)).toBe('1,234.5');
    // The number, a space that does not break, then %: "30 %" in the texts.
    expect(t('ar', 'case.share', { share: 70 })).toBe('70\u00a0%');
    expect(t('ar', 'case.shareMax', { share: 33.5 })).toMatch(/ 33\.5\u00a0%$/);
    expect(t('ar', 'case.topUp', { percent: 30 })).toMatch(/\+30\u00a0%$/);
  });
});

describe('title sort keys', () => {
  it('order titles as a reader expects, ignoring accents, case and opening quotes', async () => {
    const { titleSortKey } = await import('../../src/lib/atlas/search');
    const titles = ['« Yo, sí puedo »', 'Éducation pour tous', 'les cantines', 'Acheter local', 'zèbre'];
    expect([...titles].sort((a, b) => (titleSortKey(a) < titleSortKey(b) ? -1 : 1))).toEqual([
      'Acheter local',
      'Éducation pour tous',
      'les cantines',
      '« Yo, sí puedo »',
      'zèbre',
    ]);
  });
});

describe('names of organisations and programmes', () => {
  const forim = {
    name: 'Forum des organisations de solidarité internationale issues des migrations',
    acronym: 'FORIM',
  };
  const programme = { name: 'Programme d’appui', names: { fr: 'Programme d’appui', en: 'Support programme' } };

  it('use the acronym where there is one, else the name in the page’s language', () => {
    expect(shortName(forim, 'en')).toBe('FORIM');
    expect(shortName(programme, 'en')).toBe('Support programme');
    expect(shortName(programme, 'fr')).toBe('Programme d’appui');
  });

  it('put the acronym before a full name, but not before a name that is the acronym itself', () => {
    expect(acronymPrefix({ name: 'European Union', acronym: 'EU' }, 'Union européenne')).toBe('EU — ');
    expect(acronymPrefix({ name: 'CAGF', acronym: 'CAGF' }, 'CAGF')).toBe('');
    expect(acronymPrefix({ name: 'Barefoot College' }, 'Barefoot College')).toBe('');
  });

  it('fall back to the own name, never to another translation, and say its language when known', () => {
    expect(nameOf(programme, 'ar')).toEqual({ text: 'Programme d’appui', lang: 'fr' });
    expect(nameOf(forim, 'ar')).toEqual({ text: forim.name });
    const englishOnly = { name: 'Conseil de la communauté', names: { en: 'Community council' } };
    expect(nameOf(englishOnly, 'fr')).toEqual({ text: 'Conseil de la communauté' });
    expect(nameOf(englishOnly, 'en')).toEqual({ text: 'Community council', lang: 'en' });
  });
});
