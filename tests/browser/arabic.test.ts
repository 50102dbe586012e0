/**
 * What a reader of the Arabic pages sees, measured in Chromium: the order in
 * which mixed-direction text is displayed, not only its markup.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';

const { visit } = useSite({ serviceWorker: false });

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
    // The programme sheet's announced top-up "(2017–2019)", and a version history's title.
    ['/ar/programmes/pra-osim/', 1],
    ['/ar/cases/forim-ccme-partnership/history/', 1],
  ])('read from left to right on %s, as written', async (path, atLeast) => {
    const runs = await numericRuns(path);
    expect(runs.length).toBeGreaterThanOrEqual(atLeast);
    expect(runs.filter((r) => !r.inOrder).map((r) => r.text)).toEqual([]);
  });
});

/**
 * Where each of `needles` (in the order they appear in the text of the
 * element `selector`, each after the previous one) is displayed: the left
 * and right edges of its first and last characters, and their line.
 */
async function placed(page: Page, selector: string, needles: string[]) {
  return page.evaluate(
    ({ selector, needles }) => {
      const root = document.querySelector(selector)!;
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const charBox = (i: number) => {
        const at = nodes.findLast((n) => n.start <= i)!;
        const range = document.createRange();
        range.setStart(at.node, i - at.start);
        range.setEnd(at.node, i - at.start + 1);
        return range.getBoundingClientRect();
      };
      let from = 0;
      return needles.map((needle) => {
        const index = text.indexOf(needle, from);
        if (index < 0) throw new Error(`"${needle}" not found after ${from} in: ${text}`);
        from = index + needle.length;
        const first = charBox(index);
        const last = charBox(index + needle.length - 1);
        return {
          needle,
          first: { left: first.left, right: first.right, top: first.top },
          last: { left: last.left, right: last.right, top: last.top },
        };
      });
    },
    { selector, needles },
  );
}

describe('place names and the origin of a diaspora on Arabic pages', () => {
  const facts = '#facts-title + dl';

  it('are written in Arabic where the content gives their Arabic names', async () => {
    const { page } = await visit('/ar/cases/migrations-developpement-maroc/');
    const text = await page.locator(facts).innerText();
    expect(text).toContain('تارودانت (المغرب)، إمكون (المغرب)، تالوين (المغرب)');
    expect(text).toContain('جالية أصلها من: المغرب (سوس، إقليم تارودانت (الأطلس الصغير والأطلس الكبير))');
    expect(text).not.toMatch(/Taroudant|province de/);
    await page.close();
  });

  it('keep a name in Latin script that wraps between its own parentheses', async () => {
    // An origin written in French, with parentheses of its own, too long for one line of the facts panel.
    const path = '/ar/cases/kayes-mali-associations/';
    const { page } = await visit(path);
    const [opening, closing] = await placed(page, facts, ['(R', 'Yélimané))']);
    // The parenthesis opened before the name stands just left of its first letter (the name reads left to
    // right), never at the end of a line after "cercles", where it would seem to close "(cercles)".
    expect(opening.first.top).toBe(opening.last.top);
    expect(opening.first.right).toBeLessThanOrEqual(opening.last.left + 1);
    expect(opening.last.left - opening.first.right).toBeLessThan(8);
    // Both parentheses after the last word follow it, to its right.
    expect(closing.last.top).toBe(closing.first.top);
    expect(closing.last.left).toBeGreaterThan(closing.first.left);
    await page.close();
  });
});

describe('the citation block of an Arabic page', () => {
  it('credits the editorial team by its Arabic name, set apart from the English terms around it', async () => {
    const { page } = await visit('/ar/cases/forim-ccme-partnership/');
    const team = 'فريق تحرير أطلس التنمية المشتركة';
    expect(await page.locator('#cite-apa').innerText()).toMatch(new RegExp(`^${team}\\. \\(\\d{4}, `));
    expect(await page.locator('#cite-chicago').innerText()).toMatch(new RegExp(`^${team}\\. \\d{4}\\. `));
    // With a trailing comma, so that reference managers keep a corporate name whole (see citation-meta.ts).
    expect(await page.locator('meta[name="citation_author"]').getAttribute('content')).toBe(`${team},`);
    // The citation reads left to right (English terms): the author's name, right to left within, comes
    // first on the left, and the date after it, to its right.
    const [author, date] = await placed(page, '#cite-apa', [team, '. (']);
    expect(author.first.left).toBeGreaterThan(author.last.left);
    expect(date.last.left).toBeGreaterThan(author.first.right - 1);
    await page.close();
  });
});

/**
 * The citation marks of a page that a reader of Arabic sees out of place: a
 * mark displayed right of the text it follows (read before it, as when it
 * joined the number it follows: "2003¹", or split an amount from its
 * currency: "15,000 ¹ €"), or the numbers of one mark not in reading order
 * (right to left), as when two numbers joined by a comma read as one ("1,5").
 */
async function marksOutOfPlace(path: string): Promise<{ count: number; wrong: string[] }> {
  const { page } = await visit(path);
  const result = await page.evaluate(() => {
    const wrong: string[] = [];
    const sups = [...document.querySelectorAll('main sup.cite')].filter((s) => s.getClientRects().length > 0);
    for (const sup of sups) {
      const box = sup.getBoundingClientRect();
      const links = [...sup.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
      if (links.some((l, i) => i > 0 && Math.abs(l.top - links[i - 1].top) < 2 && l.left > links[i - 1].left))
        wrong.push(`marks in the wrong order: ${sup.textContent}`);
      // The last character before the mark, in the order of the text.
      const walker = document.createTreeWalker(sup.parentElement!.closest('p, li, dd, td, div')!, NodeFilter.SHOW_TEXT);
      let last: { node: Text; at: number } | undefined;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (sup.contains(node)) break;
        if (!(sup.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) break;
        const at = node.data.trimEnd().length - 1;
        if (at >= 0) last = { node, at };
      }
      if (!last) continue;
      const range = document.createRange();
      range.setStart(last.node, last.at);
      range.setEnd(last.node, last.at + 1);
      const before = range.getBoundingClientRect();
      const sameLine = box.bottom > before.top && box.top < before.bottom;
      if (sameLine && box.right > before.left + 1)
        wrong.push(
          `mark ${sup.textContent} shown right of "${last.node.data.slice(Math.max(0, last.at - 12), last.at + 1)}"`,
        );
    }
    return { count: sups.length, wrong };
  });
  await page.close();
  return result;
}

describe('citation marks on Arabic pages', () => {
  it.each([
    ['/ar/cases/forim-pra-osim/', 10],
    ['/ar/programmes/pra-osim/', 10],
  ])('follow the text they cite, their numbers in reading order, on %s', async (path, atLeast) => {
    const { count, wrong } = await marksOutOfPlace(path);
    expect(count).toBeGreaterThanOrEqual(atLeast);
    expect(wrong).toEqual([]);
  });
});
