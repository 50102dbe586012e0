/**
 * Funding on the built site: programme sheets whose every fact carries the
 * mark of a source listed on the page, worked examples computed from the
 * rules, a finder that works as a plain form without JavaScript, the
 * planner's script only where a planner is and within its byte budget, and
 * the paths between practices, programmes, countries and themes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, page } from '../helpers/dist';

const LANGS = ['fr', 'en', 'ar'] as const;
const sheet = (lang: string) => page(`/${lang}/programmes/pra-osim/`);
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('programme sheet', () => {
  it.each(LANGS)('gives every fact of the PRA/OSIM sheet a mark that leads to a listed source (%s)', (lang) => {
    const doc = sheet(lang);
    const facts = doc.querySelectorAll('#sheet-title ~ dl [data-fact]');
    expect(facts.length).toBeGreaterThanOrEqual(15);
    for (const fact of facts) {
      const links = fact.querySelectorAll(':scope > sup.cite a, :scope > a + sup.cite a, sup.cite a');
      expect(links.length, text(fact.text)).toBeGreaterThan(0);
      for (const link of links) {
        const href = link.getAttribute('href')!;
        expect(href).toMatch(/^#source-/);
        expect(doc.querySelector(href), `${href} in the source list`).not.toBeNull();
      }
    }
  });

  it('shows the rules with their figures in the page’s number format, and says what is not documented', () => {
    expect(text(sheet('fr').querySelector('section:has(> #sheet-title)')?.text)).toContain('15 000 €');
    expect(text(sheet('en').querySelector('section:has(> #sheet-title)')?.text)).toContain('€15,000');
    const fr = text(sheet('fr').querySelector('section:has(> #sheet-title)')?.text);
    expect(fr).toContain('Mali');
    expect(fr).toMatch(/Contacts\s*non documenté/);
    expect(fr).toContain('date non connue');
    expect(fr).toContain('du 1 mars 2024 au 15 mai 2024');
    expect(fr).toContain('Annoncé pour 2017–2019');
  });

  it('works three examples out without JavaScript: the share binds, the cap binds, the budget is too large', () => {
    const tables = sheet('fr').querySelectorAll('#examples-title ~ table.plan');
    expect(tables.map((t) => text(t.querySelector('caption')?.text))).toEqual([
      'Pour un coût total de 10 000 €',
      'Pour un coût total de 50 000 €',
      'Pour un coût total de 150 000 €',
    ]);
    expect(tables.map((t) => t.querySelector('tr[data-reason]')?.getAttribute('data-reason'))).toEqual([
      'share-binds',
      'cap-binds',
      'over-max-budget',
    ]);
    expect(tables.map((t) => text(t.querySelector('tr[data-to-raise] td')?.text))).toEqual([
      '3 000 €',
      '35 000 €',
      '150 000 €',
    ]);
    const ar = sheet('ar').querySelectorAll('#examples-title ~ table.plan');
    expect(text(ar[1]?.querySelector('tr[data-to-raise] td')?.text)).toMatch(/^\u200f?35,000 €$/);
  });

  it('says on a sheet without amounts that nothing can be computed, and keeps programmes without facts as they were', () => {
    const pages = htmlPages().filter((p) => /^\/fr\/programmes\/[^/]+\/$/.test(p));
    const withSheet = pages.filter((p) => page(p).querySelector('#sheet-title'));
    expect(withSheet.sort()).toEqual([
      '/fr/programmes/mdm-invest/',
      '/fr/programmes/paisd/',
      '/fr/programmes/pra-osim/',
      '/fr/programmes/programa-3x1/',
    ]);
    expect(page('/fr/programmes/atdc/').querySelector('form[data-planner]')).toBeNull();
  });

  it('hides the planner and the sheet’s hint when printing', () => {
    const doc = sheet('fr');
    expect(doc.querySelector('section:has(> #planner-title)')?.classList.contains('no-print')).toBe(true);
  });
});

describe('funding finder without JavaScript', () => {
  it.each(LANGS)(
    'is a form that submits its choices to the finder page by GET, listing every documented programme (%s)',
    (lang) => {
      const doc = page(`/${lang}/funding/`);
      const form = doc.querySelector('form[data-finder]')!;
      expect(form.getAttribute('method')).toBe('get');
      expect(form.getAttribute('action')).toBe(`/${lang}/funding/`);
      expect(form.querySelectorAll('select').map((s) => s.getAttribute('name'))).toEqual([
        'residence',
        'origin',
        'country',
        'sector',
      ]);
      expect(form.querySelectorAll('select[name="country"] option').length).toBeGreaterThan(240);
      expect(doc.querySelectorAll('[data-results] > li').map((li) => li.getAttribute('data-programme'))).toEqual([
        'mdm-invest',
        'paisd',
        'pra-osim',
        'programa-3x1',
      ]);
    },
  );

  it('lists each programme’s conditions with their sources in the static page', () => {
    const pra = page('/en/funding/').querySelector('[data-programme="pra-osim"]')!;
    const conditions = text(pra.text);
    expect(conditions).toContain('Association based in: France');
    expect(conditions).toContain('Excluded countries: Mali');
    const mark = pra.querySelector('sup.cite a')!.getAttribute('href');
    expect(mark).toMatch(/^\/en\/programmes\/pra-osim\/#source-/);
    expect(page('/en/programmes/pra-osim/').querySelector(mark!.split('/').pop()!)).not.toBeNull();
  });

  it('is linked from the home page and the programme list in every language', () => {
    for (const lang of LANGS) {
      expect(page(`/${lang}/`).querySelector(`a[href="/${lang}/funding/"]`), lang).not.toBeNull();
      expect(page(`/${lang}/programmes/`).querySelector(`a[href="/${lang}/funding/"]`), lang).not.toBeNull();
    }
  });
});

describe('planner script', () => {
  const scriptsOf = (path: string) =>
    page(path)
      .querySelectorAll('script[type="module"][src]')
      .map((s) => s.getAttribute('src')!);
  const plannerScript = (path: string) => scriptsOf(path).filter((s) => /Planner/.test(s));

  it('loads only on pages with a planner', () => {
    expect(plannerScript('/fr/programmes/pra-osim/')).toHaveLength(1);
    expect(plannerScript('/fr/funding/')).toHaveLength(1);
    const cases = htmlPages().filter((p) => /^\/fr\/cases\/[^/]+\/$/.test(p));
    for (const p of [...cases, '/fr/', '/fr/programmes/atdc/', '/fr/practices/top-up-co-financing/'])
      expect(plannerScript(p), p).toEqual([]);
  });

  it('stays under 10 kB gzip with everything it imports', () => {
    const entry = plannerScript('/fr/funding/')[0];
    const seen = new Set<string>();
    const visit = (src: string) => {
      if (seen.has(src)) return;
      seen.add(src);
      const code = readFileSync(fileFor(src), 'utf8');
      for (const [, dep] of code.matchAll(/from\s*["']\.\/([^"']+)["']|import\s*["']\.\/([^"']+)["']/g))
        if (dep) visit(src.replace(/[^/]+$/, dep));
    };
    visit(entry);
    for (const src of scriptsOf('/fr/funding/').filter((s) => /Planner|FinderScript/.test(s))) visit(src);
    const bytes = [...seen].reduce((sum, src) => sum + gzipSync(readFileSync(fileFor(src)), { level: 9 }).length, 0);
    expect(seen.size).toBeGreaterThan(1);
    expect(bytes).toBeLessThan(10 * 1024);
  });
});

describe('paths between funding and practice', () => {
  const links = (path: string, id: string) =>
    page(path)
      .querySelectorAll(`#${id} + ul a`)
      .map((a) => a.getAttribute('href'));

  it('lists on a practice the programmes of the cases that evidence it, and on a programme its practices', () => {
    expect(links('/fr/practices/top-up-co-financing/', 'programmes-title')).toContain('/fr/programmes/pra-osim/');
    expect(links('/fr/programmes/pra-osim/', 'practices-title')).toContain('/fr/practices/top-up-co-financing/');
  });

  it('lists on a country the programmes open to it, never one that excludes it, and the organisations active there', () => {
    expect(links('/fr/countries/ma/', 'programmes-title')).toContain('/fr/programmes/pra-osim/');
    expect(links('/fr/countries/sn/', 'programmes-title')).toContain('/fr/programmes/paisd/');
    expect(links('/fr/countries/ml/', 'programmes-title')).not.toContain('/fr/programmes/pra-osim/');
    expect(links('/fr/countries/ma/', 'organizations-title')).toContain('/fr/organizations/ccme/');
  });

  it('lists on a theme the programmes of that sector', () => {
    expect(links('/en/themes/water-sanitation/', 'programmes-title')).toEqual(
      expect.arrayContaining(['/en/programmes/pra-osim/', '/en/programmes/paisd/']),
    );
  });
});
