/**
 * The link preview's text layout: titles wrapped to the lines that fit and
 * cut with an ellipsis, Arabic lines ordered right to left with their
 * dash-joined numbers read left to right; and the social tags of a page.
 */
import { describe, expect, it } from 'vitest';
import { bidiLine, previewSvg, wrapLines } from '../../src/lib/pictures/preview';
import { socialTags } from '../../src/lib/site/meta';

/** A measure of one unit per character: a line fits when it has at most `n` characters. */
const upTo = (n: number) => (line: string) => line.length <= n;

describe('wrapLines', () => {
  it('breaks between words, within the width', () => {
    expect(wrapLines('one two three four', 3, upTo(9))).toEqual(['one two', 'three', 'four']);
  });

  it('ends the last line kept with an ellipsis when words are left over, without a dangling comma', () => {
    expect(wrapLines('alpha beta, gamma delta epsilon', 2, upTo(11))).toEqual(['alpha beta,', 'gamma…']);
    expect(wrapLines('مصر، تونس، المغرب، الجزائر', 1, upTo(10))).toEqual(['مصر، تونس…']);
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrapLines('internationalisation now', 2, upTo(5))).toEqual(['internationalisation', 'now']);
  });
});

describe('bidiLine', () => {
  it('leaves a left-to-right line as it is', () => {
    expect(bidiLine('Tiznit (2017–2019)', 'ltr')).toBe('Tiznit (2017–2019)');
  });

  it('opens an Arabic line right to left, even one that starts with a Latin name, and isolates its dash-joined numbers', () => {
    expect(bidiLine('تيزنيت (2017–2019)', 'rtl')).toBe('\u200fتيزنيت (\u20662017–2019\u2069)');
    expect(bidiLine('FINCOME وMaghribcom', 'rtl')).toBe('\u200fFINCOME وMaghribcom');
  });
});

describe('previewSvg', () => {
  const model = { siteName: 'Atlas', host: 'example.org', kicker: 'Kind', title: 'A title', facts: 'Mali' };
  it('sets Arabic text from the right margin and Latin text from the left', () => {
    const measure = () => 10;
    expect(previewSvg({ ...model, dir: 'rtl' }, measure)).toMatch(/<text x="1140"[^>]*text-anchor="end"/);
    expect(previewSvg({ ...model, dir: 'ltr' }, measure)).toMatch(/<text x="60"[^>]*>A title</);
  });

  it('escapes the text it is given', () => {
    expect(previewSvg({ ...model, dir: 'ltr', title: 'R&D <now>' }, () => 1)).toContain('R&amp;D &lt;now&gt;');
  });
});

describe('socialTags', () => {
  const page = {
    title: 'T',
    description: 'D',
    url: 'https://example.org/fr/',
    siteName: 'S',
    lang: 'fr' as const,
    image: { url: 'https://example.org/p.png', alt: 'A', width: 1200, height: 630 },
  };
  const keys = (article: boolean) => socialTags({ ...page, article }).map((t) => t.property ?? t.name);

  it('gives every page its picture and a large card', () => {
    for (const article of [true, false])
      expect(keys(article)).toEqual(
        expect.arrayContaining(['og:image', 'og:image:alt', 'og:image:width', 'og:image:height', 'twitter:card']),
      );
  });

  it('leaves the title and type to an article page, which writes its own', () => {
    expect(keys(true)).not.toContain('og:title');
    expect(keys(false)).toEqual(expect.arrayContaining(['og:type', 'og:title', 'og:url', 'og:locale']));
  });
});
