import { describe, expect, it } from 'vitest';
import { citationsIn, splitCitations } from '../../src/lib/cite/in-text';
import { caseMarker, evidenceOrder, sourceMarker } from '../../src/lib/cite/marks';
import { formatFigure } from '../../src/lib/i18n/figures';

describe('in-text citation syntax', () => {
  it('finds one key, several keys, and the escaped form a web editor may write', () => {
    const text = 'Funded since 2003 [@forim-2024-call]; coached [@a; @b-2]. Escaped \\[@c\\].';
    expect(citationsIn(text).map((c) => c.keys)).toEqual([['forim-2024-call'], ['a', 'b-2'], ['c']]);
  });

  it('keeps a malformed key as written, for the check to name', () => {
    expect(citationsIn('Text [@Bad Key].')[0].keys).toEqual(['Bad Key']);
  });

  it('splits a text around its citations and drops the space before a mark', () => {
    const parts = splitCitations('In 2003 [@a], then [@b; @c].');
    expect(parts.map((p) => (typeof p === 'string' ? p : p.keys.join('+')))).toEqual([
      'In 2003',
      'a',
      ', then',
      'b+c',
      '.',
    ]);
  });

  it('leaves plain brackets and links alone', () => {
    expect(citationsIn('A [link](https://x.org) and [a note] and an e-mail a@b.org.')).toEqual([]);
  });
});

describe('citation marks', () => {
  const sources = [
    { key: 'report', title: 'Annual report' },
    { key: 'interview', description: { fr: 'Entretien', en: 'Interview' } },
  ];

  it('numbers a source by its place in the list, with a short accessible name in the page language', () => {
    expect(sourceMarker('en', sources)('interview')).toEqual({
      key: 'interview',
      n: 2,
      href: '#source-interview',
      label: 'Source 2',
    });
    expect(sourceMarker('ar', sources)('report')?.label).toBe('المصدر 1');
    expect(sourceMarker('en', sources)('missing')).toBeUndefined();
  });

  it("numbers a practice's cases by slug, public ones only, and names the case", () => {
    const cases = [
      { slug: 'zeta', facts: { status: 'published' } },
      { slug: 'alpha', facts: { status: 'reviewed' } },
      { slug: 'beta', facts: { status: 'draft' } },
    ];
    const evidence = evidenceOrder(cases);
    expect(evidence.map((c) => c.slug)).toEqual(['alpha', 'zeta']);
    const mark = caseMarker('fr', evidence, (slug) => `Cas ${slug.toUpperCase()}`)('zeta');
    expect(mark).toEqual({ key: 'zeta', n: 2, href: '#case-zeta', label: 'Cas 2 : Cas ZETA' });
  });
});

describe('figures of results', () => {
  it('puts the qualifier into words in each language', () => {
    expect(formatFigure('en', { value: 764, qualifier: 'more-than' })).toBe('more than 764');
    expect(formatFigure('fr', { value: 764, qualifier: 'more-than' })).toBe('plus de 764');
    expect(formatFigure('ar', { value: 40, qualifier: 'at-least' })).toBe('40 على الأقل');
    expect(formatFigure('en', { value: 130, upper: 200, qualifier: 'range' })).toBe('130 to 200');
  });

  it('gives an amount its currency and its scale', () => {
    expect(formatFigure('en', { value: 15000, currency: 'EUR' })).toBe('€15,000');
    expect(formatFigure('en', { value: 1.2, currency: 'USD', scale: 'billion', qualifier: 'approx' })).toBe(
      'about US$1.2bn',
    );
    expect(formatFigure('fr', { value: 3.5, scale: 'million' })).toBe('3,5 millions');
  });
});
