/** Every internal link and fragment of the built site resolves (linkinator, crawling from the root). */
import { check, LinkState } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve';
import { servedSite } from '../helpers/browser';

let site: Served;
beforeAll(async () => {
  site = await servedSite();
});

describe('links', () => {
  it('resolve, with their #fragments, on every page reached from the root', { timeout: 300_000 }, async () => {
    const result = await check({
      path: `${site.url}/`,
      recurse: true,
      checkFragments: true,
      // No network here: links to other sites are not followed.
      linksToSkip: ['^https?://(?!127\\.0\\.0\\.1)'],
      concurrency: 8,
      // The local server answers every request; a retry only absorbs a busy machine.
      retryErrors: true,
      retryErrorsCount: 3,
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map(
        (link) =>
          `${link.url} (from ${link.parent ?? '?'}): ${link.status ?? ''} ${link.failureDetails?.map(String).join('; ') ?? ''}`,
      );
    expect(broken).toEqual([]);
    const checked = result.links.filter((link) => link.state === LinkState.OK).length;
    expect(checked).toBeGreaterThan(300);
  });
});
