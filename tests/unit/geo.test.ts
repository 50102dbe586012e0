/** Geography of the maps: where countries are, how they are drawn and how arrows bend. */
import { describe, expect, it } from 'vitest';
import {
  compactPath,
  countryCentroid,
  drawCountries,
  flowPath,
  isMappable,
  worldFrame,
} from '../../src/lib/pictures/geo';
import { locatorBaseSvg, locatorSvg, worldMap } from '../../src/lib/pictures/maps';
import { caseSchema } from '../../src/schemas/case';
import { MINIMAL_CASE } from '../helpers/case-facts';

/** Absolute points of compact path data, one list per closed part. */
function decode(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [start, rest = ''] = part.replace(/z$/, '').split('l');
      const [x0, y0] = start.split(',').map(Number);
      const steps = (rest.match(/-?\d+/g) ?? []).map(Number);
      const points: [number, number][] = [[x0, y0]];
      for (let i = 0; i < steps.length; i += 2) {
        const [x, y] = points.at(-1)!;
        points.push([x + steps[i], y + steps[i + 1]]);
      }
      return points;
    });
}

describe('compact path data', () => {
  it('keeps the same points, without repeats or flattened parts', () => {
    expect(compactPath('M10,10L20,10L20,10L20,25L10,10Z')).toBe('M10,10l10 0 0 15z');
    expect(decode(compactPath('M10,10L20,10L20,25L10,10ZM5,5L5,5L5,5Z'))).toEqual([
      [
        [10, 10],
        [20, 10],
        [20, 25],
      ],
    ]);
    expect(compactPath('M-3,4L-8,-2L1,1Z')).toBe('M-3,4l-5-6 9 3z');
  });
});

describe('countries on the map', () => {
  it('puts centroids on the main landmass', () => {
    const [lonFr, latFr] = countryCentroid('FR')!;
    expect(lonFr).toBeGreaterThan(-2);
    expect(lonFr).toBeLessThan(6);
    expect(latFr).toBeGreaterThan(44);
    expect(latFr).toBeLessThan(49);
    const [lonUs] = countryCentroid('US')!;
    expect(lonUs).toBeGreaterThan(-110);
    expect(lonUs).toBeLessThan(-90);
  });

  it('places islands too small for the 110 m scale, with a dot', () => {
    expect(isMappable('KM')).toBe(true);
    const frame = worldFrame(1000);
    const [comoros, morocco] = drawCountries(frame, ['KM', 'MA']);
    expect(comoros.d).toBe('');
    expect(comoros.dot).toBeDefined();
    expect(morocco.d).not.toBe('');
    expect(morocco.dot).toBeUndefined();
    expect(isMappable('ZZ')).toBe(false);
    expect(drawCountries(frame, ['ZZ'])).toEqual([]);
  });

  it('fits the world without Antarctica in the given width, with integer coordinates', () => {
    const frame = worldFrame(1000);
    expect(frame.width).toBe(1000);
    expect(frame.height).toBeGreaterThan(400);
    expect(frame.height).toBeLessThan(500);
    for (const c of drawCountries(frame, ['BR', 'FR'])) expect(c.d).toMatch(/^[Mlz0-9, -]+$/);
  });

  it('bends the arrow A→B away from the arrow B→A', () => {
    const frame = worldFrame(1000);
    const there = flowPath(frame, 'FR', 'MA')!;
    const back = flowPath(frame, 'MA', 'FR')!;
    const control = (d: string) =>
      d
        .match(/Q(-?\d+),(-?\d+)/)!
        .slice(1)
        .map(Number);
    expect(control(there)).not.toEqual(control(back));
    expect(flowPath(frame, 'FR', 'ZZ')).toBeUndefined();
  });
});

describe('maps', () => {
  it('shades each country with its class and draws every flow', () => {
    const model = worldMap(
      [
        { key: 'FR', count: 3 },
        { key: 'MA', count: 1 },
      ],
      [{ kind: 'diaspora', from: 'FR', to: 'MA', cases: ['a'] }],
    );
    expect(model.countries.map((c) => [c.code, c.count, c.colour])).toEqual([
      ['FR', 3, model.classes[2].colour],
      ['MA', 1, model.classes[0].colour],
    ]);
    expect(model.flows).toHaveLength(1);
    expect(model.land.length).toBeGreaterThan(10_000);
  });

  it('draws a locator layer in the frame of the shared world, with an arrow per flow', () => {
    const facts = caseSchema.parse({
      ...MINIMAL_CASE,
      kind: 'diaspora',
      diaspora: { origin: 'MA', residence: ['FR', 'BE'] },
    });
    const layer = locatorSvg({ slug: 'x', facts, countries: ['BE', 'FR', 'MA'] });
    const viewBox = (svg: string) => svg.match(/viewBox="([^"]+)"/)![1];
    expect(viewBox(layer)).toBe(viewBox(locatorBaseSvg()));
    expect(layer.match(/marker-end=/g)).toHaveLength(2);
    expect(layer).toContain('<circle'); // Belgium is small enough to need a dot.
  });
});
