/**
 * `npm run screenshots`: photographs the home, a case, a practice, the method
 * and the errata pages in French, English and Arabic at 375 px and 1280 px
 * wide, from the built site (`npm run build` first), into `screenshots/` (or
 * the folder given as the first argument), so that people can look at the
 * design.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/browser';
import { serve } from './lib/serve';
import { LANGS } from '../src/schemas/common';

const out = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });
const firstEntry = (folder: string) =>
  readdirSync(join('dist/fr', folder))
    .filter((n) => n !== 'index.html')
    .sort()[0];
const pages = {
  home: '',
  case: `cases/${process.env.SCREENSHOT_CASE ?? firstEntry('cases')}/`,
  practice: `practices/${firstEntry('practices')}/`,
  method: 'method/',
  errata: 'errata/',
};

const site = await serve('dist');
const browser = await launchBrowser();
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const lang of LANGS) {
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${site.url}/${lang}/${path}`, { waitUntil: 'load' });
        const file = join(out, `${name}-${lang}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
