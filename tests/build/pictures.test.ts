/**
 * The pictures of the built site against the content, read straight from the
 * YAML files: the world map shades as many countries and draws as many flows
 * as the published cases have, its tables give the same numbers, the charts
 * and their tables agree, and each case has its locator map and, where its
 * financing has shares, a financing bar.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, page } from '../helpers/dist';
import { LANGS, publishedCases, type Entry } from '../helpers/content';

const cases = publishedCases();
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : [value as string]);

/** Countries a case touches: its places, and its diaspora or transfer countries. */
function countriesOf(c: Entry): string[] {
  const f = c.facts as {
    places: { country: string }[];
    diaspora?: { origin: string | string[]; residence: string[] };
    transfer?: { origin: string | string[]; receiving: string[] };
  };
  const block = f.diaspora ? [...list(f.diaspora.origin), ...f.diaspora.residence] : [];
  const transfer = f.transfer ? [...list(f.transfer.origin), ...f.transfer.receiving] : [];
  return [...new Set([...f.places.map((p) => p.country), ...block, ...transfer])];
}

/** Expected cases per country. */
const expectedCountries = new Map<string, number>();
for (const c of cases)
  for (const code of countriesOf(c)) expectedCountries.set(code, (expectedCountries.get(code) ?? 0) + 1);

/** Expected flows ("kind FROM TO") with their number of cases: residence → origin, origin → receiving. */
const expectedFlows = new Map<string, number>();
for (const c of cases) {
  const f = c.facts as {
    diaspora?: { origin: string | string[]; residence: string[] };
    transfer?: { origin: string | string[]; receiving: string[] };
  };
  const pairs = f.diaspora
    ? f.diaspora.residence.flatMap((r) => list(f.diaspora!.origin).map((o) => `diaspora ${r} ${o}`))
    : list(f.transfer!.origin).flatMap((o) => f.transfer!.receiving.map((r) => `transfer ${o} ${r}`));
  for (const key of new Set(pairs.filter((p) => p.split(' ')[1] !== p.split(' ')[2])))
    expectedFlows.set(key, (expectedFlows.get(key) ?? 0) + 1);
}

const attrMap = (elements: { getAttribute: (n: string) => string | undefined }[], key: string) =>
  new Map(elements.map((e) => [e.getAttribute(key)!, Number(e.getAttribute('data-cases'))]));

describe('the world map', () => {
  it.each(LANGS)('in %s shades every country of the content with its number of cases, and links it', (lang) => {
    const svg = page(`/${lang}/map/`).querySelector('svg[data-world-map]')!;
    const shaded = svg.querySelectorAll('a[data-country]');
    expect(shaded.length).toBe(expectedCountries.size);
    expect(attrMap(shaded, 'data-country')).toEqual(expectedCountries);
    for (const a of shaded) {
      const code = a.getAttribute('data-country')!;
      expect(a.getAttribute('href')).toBe(`/${lang}/countries/${code.toLowerCase()}/`);
      expect(existsSync(fileFor(a.getAttribute('href')!))).toBe(true);
      expect(a.querySelector('title')!.text).toContain(String(expectedCountries.get(code)));
    }
  });

  it.each(LANGS)('in %s draws one arrow per flow of the content', (lang) => {
    const arrows = page(`/${lang}/map/`).querySelectorAll('svg[data-world-map] path[data-flow]');
    expect(arrows.length).toBe(expectedFlows.size);
    expect(attrMap(arrows, 'data-flow')).toEqual(expectedFlows);
    for (const arrow of arrows) {
      const kind = arrow.getAttribute('data-flow')!.split(' ')[0];
      expect(arrow.getAttribute('marker-end')).toBe(`url(#wm-${kind})`);
      // Transfers are dashed, diaspora links solid: the two read apart without colour.
      expect(arrow.hasAttribute('stroke-dasharray')).toBe(kind === 'transfer');
    }
  });

  it('names countries in the language of the page', () => {
    const title = (lang: string) =>
      page(`/${lang}/map/`).querySelector('svg[data-world-map] a[data-country="MA"] title')!.text;
    expect(title('fr')).toContain('Maroc');
    expect(title('en')).toContain('Morocco');
    expect(title('ar')).toContain('المغرب');
  });

  it.each(LANGS)('in %s has tables with the same numbers as the picture', (lang) => {
    const doc = page(`/${lang}/map/`);
    const rows = (selector: string) =>
      new Map(
        doc
          .querySelectorAll(`${selector} tbody tr`)
          .map((tr) => [
            tr.getAttribute('data-key')!,
            Number(tr.querySelector('[data-count]')!.getAttribute('data-count')),
          ]),
      );
    expect(rows('[data-map-countries]')).toEqual(attrMap(doc.querySelectorAll('a[data-country]'), 'data-country'));
    expect(rows('[data-map-flows]')).toEqual(attrMap(doc.querySelectorAll('path[data-flow]'), 'data-flow'));
    for (const tr of doc.querySelectorAll('[data-map-countries] tbody tr'))
      expect(tr.querySelector('[data-count]')!.text.trim()).toBe(
        tr.querySelector('[data-count]')!.getAttribute('data-count'),
      );
  });

  it.each(LANGS)('appears on the home page in %s, with a link to its tables', (lang) => {
    const home = page(`/${lang}/`);
    expect(home.querySelectorAll('svg[data-world-map] a[data-country]').length).toBe(expectedCountries.size);
    expect(home.querySelectorAll('svg[data-world-map] path[data-flow]').length).toBe(expectedFlows.size);
    expect(home.querySelector(`main a[href="/${lang}/map/"]`)).not.toBeNull();
    expect(home.querySelector('svg[data-world-map]')!.getAttribute('aria-label')).toBeTruthy();
  });
});

describe('the statistics page', () => {
  const themes = new Map<string, number>();
  const years = new Map<string, number>();
  for (const c of cases) {
    for (const t of c.facts.themes as string[]) themes.set(t, (themes.get(t) ?? 0) + 1);
    const year = String((c.facts.period as { start: unknown }).start).slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const kinds = new Map<string, number>();
  for (const c of cases) kinds.set(c.kind!, (kinds.get(c.kind!) ?? 0) + 1);
  const expected: Record<string, Map<string, number>> = {
    'by-kind': kinds,
    'by-theme': themes,
    'by-country': expectedCountries,
    'by-year': years,
  };

  it.each(LANGS)('in %s charts the content, and each chart’s table gives the same numbers', (lang) => {
    const doc = page(`/${lang}/stats/`);
    for (const [id, counts] of Object.entries(expected)) {
      const section = doc.querySelector(`[data-stats="${id}"]`)!;
      const chart = section.querySelector('svg[data-chart]')!;
      expect(chart.getAttribute('role'), id).toBe('img');
      expect(chart.getAttribute('aria-label'), id).toBeTruthy();
      const bars = new Map(
        chart
          .querySelectorAll('[data-key]')
          .map((g) => [g.getAttribute('data-key')!, Number(g.getAttribute('data-count'))]),
      );
      expect(bars, id).toEqual(counts);
      const table = new Map(
        section
          .querySelectorAll('tbody tr')
          .map((tr) => [
            tr.getAttribute('data-key')!,
            Number(tr.querySelector('[data-count]')!.getAttribute('data-count')),
          ]),
      );
      expect(table, id).toEqual(counts);
    }
  });

  it('mirrors the bars in Arabic', () => {
    const rtl = page('/ar/stats/').querySelector('[data-stats="by-theme"] svg')!;
    expect(rtl.getAttribute('direction')).toBe('rtl');
    for (const rect of rtl.querySelectorAll('rect')) {
      const x = parseFloat(rect.getAttribute('x')!);
      const width = parseFloat(rect.getAttribute('width')!);
      expect(x + width).toBeCloseTo(100, 1);
    }
    for (const rect of page('/en/stats/').querySelectorAll('[data-stats="by-theme"] svg rect'))
      expect(rect.getAttribute('x')).toBe('0%');
  });
});

describe('case pages', () => {
  it.each(LANGS)('in %s show a locator map whose layer draws the case’s flows', (lang) => {
    for (const c of cases) {
      const imgs = page(`/${lang}/cases/${c.slug}/`).querySelectorAll('main img[src^="/maps/"]');
      expect(
        imgs.map((i) => i.getAttribute('src')),
        c.slug,
      ).toEqual(['/maps/world.svg', `/maps/cases/${c.slug}.svg`]);
      expect(imgs[0].getAttribute('alt')).toBe('');
      expect(imgs[1].getAttribute('alt')!.length, c.slug).toBeGreaterThan(20);
      const layer = readFileSync(fileFor(`/maps/cases/${c.slug}.svg`), 'utf8');
      const flows = [...expectedFlows.keys()].filter((k) => {
        const [kind, from, to] = k.split(' ');
        const f = c.facts as {
          diaspora?: { origin: unknown; residence: string[] };
          transfer?: { origin: unknown; receiving: string[] };
        };
        return (
          kind === c.kind &&
          (f.diaspora
            ? f.diaspora.residence.includes(from) && list(f.diaspora.origin).includes(to)
            : list(f.transfer!.origin).includes(from) && f.transfer!.receiving.includes(to))
        );
      });
      expect(layer.match(/marker-end=/g)?.length ?? 0, c.slug).toBe(flows.length);
    }
  });

  it('show a financing bar where the shares are known, matching the list above it', () => {
    let withBar = 0;
    for (const c of cases) {
      const financing = c.facts.financing as
        { total?: number; contributions: { share?: number; amount?: number }[] } | undefined;
      const known = (financing?.contributions ?? []).filter(
        (x) => x.share !== undefined || (x.amount !== undefined && financing?.total),
      );
      const doc = page(`/fr/cases/${c.slug}/`);
      const bar = doc.querySelector('svg[data-financing-bar]');
      if (known.length === 0) {
        expect(bar, c.slug).toBeNull();
        continue;
      }
      withBar++;
      expect(bar!.getAttribute('aria-label'), c.slug).toBeTruthy();
      const segments = bar!.querySelectorAll('rect[data-share]');
      expect(segments.length, c.slug).toBe(known.length);
      const stated = known.map((x) => x.share ?? Math.round((x.amount! / financing!.total!) * 10000) / 100);
      expect(
        segments.map((r) => Number(r.getAttribute('data-share'))),
        c.slug,
      ).toEqual(stated);
      // Each part has a swatch of its colour beside its line in the list.
      const swatches = doc.querySelectorAll('li > svg[aria-hidden] rect').map((r) => r.getAttribute('fill'));
      expect(swatches, c.slug).toEqual(segments.map((r) => r.getAttribute('fill')));
    }
    expect(withBar).toBeGreaterThan(0);
  });
});
