/**
 * Numbers joined by dashes in right-to-left text. In an Arabic sentence the
 * Unicode bidirectional algorithm treats each number after Arabic letters as
 * an Arabic number and the en dash between two of them as a right-to-left
 * neutral, so "(2017–2019)" is displayed "(2019–2017)" read from the left, and
 * an ISBN or a day range ("23–25") likewise. Isolated left to right, the run
 * reads as written. Numbers joined by a point, a comma or a slash ("1.5",
 * "15,000", "2019/2020") are kept together by the algorithm and are left alone.
 * @see https://www.unicode.org/reports/tr9/ (rules W2 and N1)
 * @see https://www.w3.org/International/articles/inline-bidi-markup/
 */
import { dirOf } from './direction';

/** Two or more numbers, each perhaps with decimals or thousands, joined by a dash with or without spaces. */
const NUMERIC_RUN = /\d+(?:[.,]\d+)*(?:[ \u00a0\u202f]?[-\u2010-\u2015\u2212][ \u00a0\u202f]?\d+(?:[.,]\d+)*)+/g;

/** The space between a number and the sign of its unit or currency (`30 %`, `000 €`). */
const AMOUNT_SPACE = /(?<=\d) (?=[€$£%‰])/g;

/**
 * A French `text` with the space between a number and its sign made
 * non-breaking (`120 000 €`, `30 %`), so that a narrow screen does not put
 * the sign alone at the start of the next line, as French typography asks;
 * the texts are written with plain spaces. Texts in other languages, and the
 * spaces between groups of digits (a break there leaves the sign with its
 * number), are left as written: the case pages' byte budget
 * (tests/build/budgets.test.ts) has no room for them.
 */
export function unbreakableAmounts(text: string, lang: string): string {
  return lang === 'fr' ? text.replace(AMOUNT_SPACE, '\u00a0') : text;
}

/** A part of a text to show isolated left to right. */
export interface LtrRun {
  ltr: string;
}

/**
 * `text` cut around its dash-joined numbers, each given as `{ ltr }` for the
 * page to set apart (`<span dir="ltr">`), in a right-to-left language; the text
 * as one part in a left-to-right one, where nothing is reordered.
 */
export function isolatedNumbers(text: string, lang: string): (string | LtrRun)[] {
  if (dirOf(lang) !== 'rtl' || !/\d\s?[-\u2010-\u2015\u2212]/.test(text)) return [text];
  const parts: (string | LtrRun)[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMERIC_RUN)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ ltr: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * `text` isolated left to right with Unicode's isolate characters (LRI … PDI,
 * UAX #9), where no markup can go: a picture's text, a value put into a
 * sentence of the translations.
 */
export const isolatedLtr = (text: string) => `\u2066${text}\u2069`;
