/**
 * The large-site switch: on above the documented number of cases and
 * practices, forced either way by `ATLAS_LARGE_SITE`, and a mistyped value
 * stops the build instead of being read as one or the other.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countEntries, isLargeSite, LARGE_SITE_ENTRIES } from '../../src/lib/site/scale';
import { tempDir } from '../helpers/temp';

/** A content folder with `cases` case folders and `practices` practice folders. */
function content(cases: number, practices: number): string {
  const dir = tempDir('scale');
  for (let i = 0; i < cases; i++) mkdirSync(join(dir, 'cases', `case-${i}`), { recursive: true });
  for (let i = 0; i < practices; i++) mkdirSync(join(dir, 'practices', `practice-${i}`), { recursive: true });
  return dir;
}

describe('the large-site switch', () => {
  it('counts cases and practices, and is off for the published content', () => {
    expect(countEntries(content(3, 2))).toBe(5);
    expect(isLargeSite({}, 'content')).toBe(false);
  });

  it('turns on only above the threshold', () => {
    const at = content(LARGE_SITE_ENTRIES - 10, 10);
    expect(isLargeSite({}, at)).toBe(false);
    mkdirSync(join(at, 'cases', 'one-more'));
    expect(isLargeSite({}, at)).toBe(true);
  });

  it('is forced on or off by ATLAS_LARGE_SITE, and refuses another value', () => {
    const small = content(1, 0);
    const large = content(LARGE_SITE_ENTRIES + 1, 0);
    expect(isLargeSite({ ATLAS_LARGE_SITE: '1' }, small)).toBe(true);
    expect(isLargeSite({ ATLAS_LARGE_SITE: '0' }, large)).toBe(false);
    expect(isLargeSite({ ATLAS_LARGE_SITE: '' }, large)).toBe(true);
    expect(() => isLargeSite({ ATLAS_LARGE_SITE: 'yes' }, small)).toThrow(/ATLAS_LARGE_SITE: "yes" is neither 1 nor 0/);
  });
});
