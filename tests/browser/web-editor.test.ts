/**
 * The web editor at /admin/ in Chromium, as a contributor uses it: the
 * editor's test backend (Sveltia's `test-repo`, which keeps the repository
 * in the browser's private file system) is seeded with a copy of content/,
 * the served configuration is the built one with that backend in place of
 * GitHub's, and every scenario works in one page load.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serve, type Served } from '../../scripts/lib/serve';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { FILE_COLLECTIONS, splitFrontMatter, textIn, walk } from '../../src/lib/model/layout';
import { tempDir } from '../helpers/temp';

/** A case whose English text the seeded copy leaves out, for the translation scenario. */
const UNTRANSLATED = 'mexico-3x1';
/** A case the new case is started from (the editor's "duplicate"), and the new case's slug. */
const MODEL = 'forim-pra-osim';
const NEW_CASE = 'association-test-web-editor';
const NEW_TITLE = 'Une association de migrants finance l’école de son village';

interface Seeded {
  path: string;
  text: string;
}

/** Every file of a folder, with its path as the repository names it (`content/…`). */
function filesOf(dir: string, prefix: string): Seeded[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesOf(path, `${prefix}/${name}`)
      : [{ path: `${prefix}/${name}`, text: readFileSync(path, 'utf8') }];
  });
}

/** How long the editor may take to show what it loaded, on a busy machine. */
const WAIT = { timeout: 20_000 };

let site: Served;
let browser: Browser;
let page: Page;
let copy: string;
const problems: string[] = [];
const foreign: string[] = [];

/** The files the editor has written to its test repository, by path. */
async function written(paths: string[]): Promise<Record<string, string | null>> {
  return page.evaluate(async (list) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    const out: Record<string, string | null> = {};
    for (const path of list) {
      const parts = path.split('/');
      try {
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
        out[path] = await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
      } catch {
        out[path] = null;
      }
    }
    return out;
  }, paths);
}

/**
 * Opens a view of the editor (its address after `#`), without reloading the
 * page. An entry is opened from its collection's list, as a contributor does:
 * the editor does not redraw when one entry's address replaces another's.
 */
async function open(route: string) {
  const list = /^(#\/collections\/[^/]+)\/entries\//.exec(route)?.[1];
  // After a save the editor goes to the saved entry by itself: the address is set again until it holds.
  for (const hash of list ? [list, route] : [route])
    await expect
      .poll(async () => {
        const now = await page.evaluate((h) => (location.hash === h ? h : ((location.hash = h), '')), hash);
        if (!now) await page.waitForTimeout(500);
        return page.evaluate(() => location.hash);
      }, WAIT)
      .toBe(hash);
}

/** The text field `name` of the pane of language `lang`. */
const field = (lang: string, name: string) =>
  page
    .getByRole('group', { name: new RegExp(`Modifier le contenu en .${LANGUAGE[lang]}`) })
    .getByRole('textbox', { name, exact: true });

/** Shows the text in `language` in the pane beside the original. */
const showBeside = (language: string) =>
  page
    .getByRole('radiogroup', { name: 'Changer de langue du contenu' })
    .last()
    .getByRole('radio', { name: new RegExp(language) })
    .click();

/** The languages as the editor's French interface names its panes. */
const LANGUAGE: Record<string, string> = { fr: 'Français', en: 'Anglais', ar: 'Arabe' };

beforeAll(async () => {
  copy = tempDir('web-editor');
  cpSync('content', join(copy, 'content'), { recursive: true });
  rmSync(join(copy, 'content', 'cases', UNTRANSLATED, 'en.md'));
  site = await serve('dist');
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // What reached another origin. The package's style sheet names its fonts on a CDN as a fallback
  // for the copies it bundles; the editor's policy blocks such a request before it leaves the browser.
  page.on('response', (r) => {
    if (new URL(r.url()).origin !== new URL(site.url).origin) foreign.push(r.url());
  });
  const config = parse(readFileSync('dist/admin/config.yml', 'utf8')) as Record<string, unknown>;
  await page.route(/\/admin\/config\.yml/, (route) =>
    route.fulfill({ contentType: 'application/yaml', body: stringify({ ...config, backend: { name: 'test-repo' } }) }),
  );
  // The test repository lives in the origin's private file system: seed it from a page of the site.
  await page.goto(`${site.url}/robots.txt`);
  await page.evaluate(
    async (files) => {
      const root = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle('sveltia-cms-test', { create: true });
      for (const { path, text } of files) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const stream = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await stream.write(text);
        await stream.close();
      }
    },
    filesOf(join(copy, 'content'), 'content'),
  );
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: /dépôt de test/ }).click();
  await page.locator('#entry-list').waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the web editor', () => {
  it('lists exactly the entries on disk in each collection', async () => {
    const root = join(copy, 'content');
    const expected: [string, number][] = [
      ['cases', walk(root, 'cases').length],
      ['practices', walk(root, 'practices').length],
      ['cases-new-text', walk(root, 'cases').filter((e) => textIn(e.path, 'fr')).length],
      ...FILE_COLLECTIONS.map((c): [string, number] => [c, walk(root, c).length]),
    ];
    for (const [collection, count] of expected) {
      await open(`#/collections/${collection}`);
      await expect
        .poll(() => page.locator('#entry-list').getAttribute('aria-rowcount'), { ...WAIT, message: collection })
        .toBe(String(count));
    }
    // The texts: one item per case, named by its slug.
    await open('#/collections/cases-texts');
    const slugs = walk(root, 'cases').map((e) => e.slug);
    await expect
      .poll(() => page.locator('[aria-rowcount]').first().getAttribute('aria-rowcount'), WAIT)
      .toBe(String(slugs.length));
    const shown = (await page.getByRole('row').allInnerTexts()).map((t) => t.trim());
    expect(shown.length).toBeGreaterThan(0);
    for (const slug of shown) expect(slugs).toContain(slug);
  });

  it('opens a case with its facts, and its text beside its translations', async () => {
    const facts = parse(readFileSync(`content/cases/${MODEL}/case.yaml`, 'utf8'), { schema: 'failsafe' }) as {
      kind: string;
      published: string;
      updated: string;
    };
    await open(`#/collections/cases/entries/${MODEL}/case`);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'published', exact: true }).inputValue(), WAIT)
      .toBe(facts.published);
    expect(await page.getByRole('textbox', { name: 'updated', exact: true }).inputValue()).toBe(facts.updated);
    expect(await page.getByRole('radio', { name: facts.kind, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Codev Atlas editorial team' }).first().isChecked()).toBe(true);

    const title = (lang: string) =>
      (
        parse(splitFrontMatter(readFileSync(`content/cases/${MODEL}/${lang}.md`, 'utf8'))!.frontMatter) as {
          title: string;
        }
      ).title;
    await open(`#/collections/cases-texts/entries/${MODEL}`);
    await expect.poll(() => field('fr', 'title').inputValue(), WAIT).toBe(title('fr'));
    // The translation pane beside it, in Arabic: its fields are right to left.
    await showBeside('Arabe');
    await expect.poll(() => field('ar', 'title').inputValue(), WAIT).toBe(title('ar'));
    for (const name of ['title', 'summary'])
      expect(await field('ar', name).evaluate((e) => getComputedStyle(e).direction), name).toBe('rtl');
    expect(await field('fr', 'title').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  });

  it('starts a translation and a new case, and writes files that pass the content check', async () => {
    // A translator turns English on beside the French text and types the translation.
    const original = readFileSync(`content/cases/${UNTRANSLATED}/en.md`, 'utf8');
    const { frontMatter, body } = splitFrontMatter(original)!;
    const english = parse(frontMatter) as { title: string; summary: string; lessons: string[] };
    await open(`#/collections/cases-texts/entries/${UNTRANSLATED}`);
    await showBeside('Anglais');
    await page.getByRole('button', { name: /Activer.*Anglais/ }).click();
    await field('en', 'title').fill(english.title);
    await field('en', 'summary').fill(english.summary);
    const pane = page.getByRole('group', { name: /Modifier le contenu en .Anglais/ });
    // Turning a language on copies the original's list items, to be translated one by one.
    const lessons = pane.getByRole('group', { name: /Champ « .lessons/ }).first();
    const item = (i: number) => lessons.locator(`[id$="-item-${i}-body"]`);
    for (const [i, lesson] of english.lessons.entries()) {
      if (!(await item(i).count())) await lessons.getByRole('button', { name: /Ajouter.*lessons/ }).click();
      await item(i).scrollIntoViewIfNeeded();
      await item(i).getByRole('textbox').fill(lesson);
    }
    const translation = pane.getByRole('group', { name: /Champ « .translation/ });
    await translation.getByRole('checkbox', { name: /Ajouter.*translation/ }).click();
    await translation.getByRole('button', { name: 'Développer' }).click();
    await translation.getByRole('radio', { name: 'fr', exact: true }).click();
    await translation.getByRole('textbox', { name: 'date', exact: true }).fill('2026-12-03');
    await translation.getByRole('checkbox', { name: 'Codev Atlas editorial team' }).click();
    await field('en', 'body').fill(body);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const translationFile = `content/cases/${UNTRANSLATED}/en.md`;
    await expect.poll(async () => (await written([translationFile]))[translationFile] !== null, WAIT).toBe(true);

    // A contributor starts a case from a similar one, under a new slug, then its French text.
    await open(`#/collections/cases/entries/${MODEL}/case`);
    await page.getByRole('textbox', { name: 'published', exact: true }).waitFor();
    await page.getByRole('button', { name: /options de l’éditeur/ }).click();
    await page.getByRole('menuitem', { name: /Dupliquer/ }).click();
    await page.getByRole('textbox', { name: 'Slug' }).fill(NEW_CASE);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const factsFile = `content/cases/${NEW_CASE}/case.yaml`;
    await expect.poll(async () => (await written([factsFile]))[factsFile] !== null, WAIT).toBe(true);
    // Its French text, under the same slug, written in the collection of new texts.
    const model = splitFrontMatter(readFileSync(`content/cases/${MODEL}/fr.md`, 'utf8'))!;
    const french = parse(model.frontMatter) as { summary: string; lessons: string[] };
    await open('#/collections/cases-new-text/new');
    await page.getByRole('textbox', { name: 'Slug' }).fill(NEW_CASE);
    await page.getByRole('textbox', { name: 'title', exact: true }).fill(NEW_TITLE);
    await page.getByRole('textbox', { name: 'summary', exact: true }).fill(french.summary);
    const newLessons = page.getByRole('group', { name: /Champ « .lessons/ }).first();
    for (const [i, lesson] of french.lessons.entries()) {
      await newLessons.getByRole('button', { name: /Ajouter.*lessons/ }).click();
      await newLessons.locator(`[id$="-item-${i}-body"]`).getByRole('textbox').fill(lesson);
    }
    await page.getByRole('textbox', { name: 'body', exact: true }).fill(model.body);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    const files = [
      `content/cases/${UNTRANSLATED}/en.md`,
      `content/cases/${NEW_CASE}/case.yaml`,
      `content/cases/${NEW_CASE}/fr.md`,
    ];
    await expect.poll(async () => Object.values(await written(files)).every(Boolean), WAIT).toBe(true);
    const saved = await written(files);
    const translated = splitFrontMatter(saved[files[0]]!)!;
    expect(parse(translated.frontMatter)).toMatchObject({
      ...english,
      translation: { from: 'fr', date: '2026-12-03' },
    });
    expect(translated.body.trim()).toBe(body.trim());

    // The files laid over the copy of content/ they were made from pass the check.
    for (const [path, text] of Object.entries(saved)) {
      if (text === null) continue;
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      writeFileSync(join(copy, path), text);
    }
    const { problems: found } = checkContent(join(copy, 'content'), copy);
    expect(found.map(formatProblem)).toEqual([]);
    expect(parse(splitFrontMatter(saved[files[2]]!)!.frontMatter)).toMatchObject({
      title: NEW_TITLE,
      lessons: french.lessons,
    });
  });

  it('ran from the site alone: nothing fetched from another origin, no script error', () => {
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
