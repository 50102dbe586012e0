/**
 * What a reader of the Arabic pages sees, measured in Chromium: the order in
 * which mixed-direction text is displayed, not only its markup.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';

const { visit } = useSite();

/**
 * Every run of numbers joined by a dash ("2017–2019", an ISBN) in the page's
 * text, with whether its first number is displayed left of its last one, as a
 * reader expects of numbers (the bidirectional algorithm shows such a run
 * reversed in Arabic text unless it is set apart left to right).
 */
async function numericRuns(path: string): Promise<{ text: string; inOrder: boolean }[]> {
  const { page } = await visit(path);
  const runs = await page.evaluate(() => {
    const found: { text: string; inOrder: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const run = /\d+(?:[.,]\d+)*(?:[ \u00a0\u202f]?[-\u2010-\u2015][ \u00a0\u202f]?\d+(?:[.,]\d+)*)+/g;
    const box = (node: Node, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range.getBoundingClientRect();
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.nodeValue ?? '').matchAll(run)) {
        const end = match.index + match[0].length;
        const first = box(node, match.index, match.index + /^\d+/.exec(match[0])![0].length);
        const last = box(node, end - /\d+$/.exec(match[0])![0].length, end);
        // Hidden text, or a run broken across two lines, has no left and right to compare.
        if (!first.width || Math.abs(first.top - last.top) > 2) continue;
        found.push({ text: match[0], inOrder: first.left < last.left });
      }
    }
    return found;
  });
  await page.close();
  return runs;
}

describe('numbers joined by a dash in Arabic text', () => {
  it.each([
    // A title, summary, lessons, text and citation with "(2017–2019)"; an ISBN in a source's note; a case's
    // card on a list and among a practice's evidence; the corrections that quote "2017–2019".
    ['/ar/cases/forim-ccme-partnership/', 5],
    ['/ar/cases/philippines-linkapil/', 1],
    ['/ar/cases/', 2],
    ['/ar/practices/top-up-co-financing/', 1],
    ['/ar/errata/', 2],
  ])('read from left to right on %s, as written', async (path, atLeast) => {
    const runs = await numericRuns(path);
    expect(runs.length).toBeGreaterThanOrEqual(atLeast);
    expect(runs.filter((r) => !r.inOrder).map((r) => r.text)).toEqual([]);
  });
});
