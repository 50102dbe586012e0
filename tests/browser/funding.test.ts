/**
 * The funding finder and the co-financing planner as a reader uses them on a
 * phone (375 px): choosing the association's situation, reading which
 * programmes can fund the project and why, filling the planner and reading the
 * plan back, in French and Arabic; and the finder's form without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';

const { visit } = useSite({ serviceWorker: false });
const PHONE = { width: 375 };
/** Scripts load later than the page on a busy machine. */
const WAIT = { timeout: 15_000 };
const clean = (s: string | null) => (s ?? '').replace(/[\s\u200f\u200e]+/g, ' ').trim();

describe('co-financing planner', () => {
  it('plans a 50,000 € project with PRA/OSIM in French: the cap binds, the CCME top-up is stacked and flagged as announced', async () => {
    const { page, problems } = await visit('/fr/programmes/pra-osim/', PHONE);
    const planner = page.locator('form[data-planner]');
    await planner.getByLabel('Coût total du projet').fill('50000');
    await planner.getByLabel('dont apports en nature valorisés').fill('5000');
    await planner.getByLabel(/Origine des membres/).selectOption('MA');
    const rows = planner.locator('[data-plan] tr[data-reason]');
    await expect.poll(() => rows.count(), WAIT).toBe(2);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-reason')))).toEqual([
      'cap-binds',
      'top-up',
    ]);
    const grant = clean(await rows.nth(0).textContent());
    expect(grant).toContain('70 % de 50 000 € donnerait 35 000 €, au-dessus du plafond de 15 000 €');
    expect(grant).toContain('15 000 €');
    const topUp = clean(await rows.nth(1).textContent());
    expect(topUp).toContain('4 500 €');
    expect(topUp).toContain('Annoncé pour 2017–2019');
    expect(clean(await planner.locator('[data-plan] tr[data-to-raise]').textContent())).toContain('25 500 €');
    // The plan is in the address: the same link gives the same plan.
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      total: '50000',
      inkind: '5000',
      origin: 'MA',
      p: 'pra-osim',
    });
    // Each line's rule links to its source on the sheet.
    const mark = rows.nth(0).locator('sup.cite a').first();
    expect(await mark.getAttribute('href')).toMatch(/^#source-/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explains in Arabic a budget above the programme’s maximum rather than capping it', async () => {
    const { page, problems } = await visit('/ar/programmes/pra-osim/', PHONE);
    const planner = page.locator('form[data-planner]');
    await planner.getByLabel('الكلفة الإجمالية للمشروع').fill('150000');
    const grant = planner.locator('[data-plan] tr[data-reason]').first();
    await expect.poll(() => grant.getAttribute('data-reason'), WAIT).toBe('over-max-budget');
    expect(clean(await grant.textContent())).toContain('غير محتسب');
    expect(clean(await planner.locator('[data-plan] tr[data-to-raise]').textContent())).toContain('150,000');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('funding finder', () => {
  it('answers at once for a Lyon association of Moroccans with a water project in Morocco, and keeps the choice in the address', async () => {
    const { page, problems } = await visit('/en/funding/', PHONE);
    const form = page.locator('form[data-finder]');
    await form.getByLabel('Where is the association based?').selectOption('FR');
    await form.getByLabel('Where do its members come from?').selectOption('MA');
    await form.getByLabel('In which country will the project be?').selectOption('MA');
    await form.getByLabel('In which sector?').selectOption('water-sanitation');
    const first = page.locator('[data-results] > li').first();
    await expect.poll(() => first.getAttribute('data-programme'), WAIT).toBe('pra-osim');
    expect(await first.getAttribute('data-verdict')).toBe('possible');
    expect(clean(await first.textContent())).toContain('Open under a rule to check for Morocco');
    const paisd = page.locator('[data-results] > li[data-programme="paisd"]');
    expect(await paisd.getAttribute('data-verdict')).toBe('ruled-out');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
      residence: 'FR',
      origin: 'MA',
      country: 'MA',
      sector: 'water-sanitation',
    });
    // The planner below now starts from the programme that may fund the project.
    expect(await page.locator('form[data-planner] input[value="pra-osim"]').isChecked()).toBe(true);
    // Switching to French keeps the answers.
    await page.locator('a[hreflang="fr"]').first().click();
    await page.waitForURL(/\/fr\/funding\/\?/);
    const french = page.locator('form[data-finder]');
    expect(await french.locator('select[name="residence"]').inputValue()).toBe('FR');
    expect(await french.locator('select[name="sector"]').inputValue()).toBe('water-sanitation');
    expect(await page.locator('[data-results] > li').first().getAttribute('data-programme')).toBe('pra-osim');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says a programme is ruled out where its projects are excluded (Mali), in French', async () => {
    const { page } = await visit('/fr/funding/?residence=FR&country=ML', PHONE);
    const pra = page.locator('[data-results] > li[data-programme="pra-osim"]');
    await expect.poll(() => pra.getAttribute('data-verdict'), WAIT).toBe('ruled-out');
    expect(clean(await pra.textContent())).toContain('Les projets dans ce pays sont exclus : Mali.');
    await page.close();
  });

  it('names the condition that rules a programme out, set apart from those it meets (a water project and MDM Invest)', async () => {
    const { page } = await visit('/fr/funding/?residence=FR&origin=MA&country=MA&sector=water-sanitation', PHONE);
    const mdm = page.locator('[data-results] > li[data-programme="mdm-invest"]');
    await expect.poll(() => mdm.getAttribute('data-verdict'), WAIT).toBe('ruled-out');
    const blocking = mdm.locator('li[data-outcome="no"]');
    expect(clean(await blocking.textContent())).toMatch(/^Ne finance pas ce secteur \(Eau et assainissement\) ; /);
    const weight = (item: typeof blocking) => item.evaluate((li) => Number(getComputedStyle(li).fontWeight));
    expect(await weight(blocking)).toBeGreaterThan(await weight(mdm.locator('li[data-outcome="yes"]').first()));
    await page.close();
  });

  it('submits its form without JavaScript and still lists every documented programme with its conditions', async () => {
    const { page } = await visit('/ar/funding/', { ...PHONE, javaScript: false });
    await page.locator('select[name="country"]').selectOption('ML');
    await page.locator('form[data-finder] button[type="submit"]').click();
    await page.waitForURL(/country=ML/);
    expect(new URL(page.url()).pathname).toBe('/ar/funding/');
    const items = page.locator('[data-results] > li');
    expect(await items.count()).toBe(4);
    expect(clean(await page.locator('[data-results] > li[data-programme="pra-osim"]').textContent())).toContain('مالي');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.close();
  });
});
