import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './scripts/lib/serve';
const site = await serve('dist');
const busy = () => { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number); return f[0] + f[1] + f[2] + f[5] + f[6]; };
const args = ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'];
const variant = process.argv[2];
const extra = variant.includes('limit') ? ['--renderer-process-limit=1'] : [];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', headless: true, args: [...args, ...extra] });
const queries = ['cooperation','diaspora','cotton','cash transfers','solar','education','remittances','training','health','water','energy','women'];
const b0 = busy(); const t0 = Date.now();
let shared;
if (variant.startsWith('shared')) shared = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: variant.includes('nosw') ? 'block' : 'allow' });
await Promise.all([0,1,2].map(async (k) => {
  for (let i = k; i < queries.length; i += 3) {
    const context = shared ?? await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: variant.includes('nosw') ? 'block' : 'allow' });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/search/?q=${encodeURIComponent(queries[i])}`, { waitUntil: 'load' });
    await page.waitForFunction(() => /\d|No results/.test(document.querySelector('.search-status')?.textContent ?? ''));
    await page.close();
    if (!shared) await context.close();
  }
}));
console.log(variant, 'wall', Date.now() - t0, 'cpu jiffies', busy() - b0);
await browser.close(); await site.close();
