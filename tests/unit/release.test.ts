/**
 * One release, said the same everywhere a reader or Zenodo looks:
 * CITATION.cff, .zenodo.json, package.json and its lock file, and the top
 * entry of the changelog; and checksums in the format `sha256sum -c` reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checksumLines, currentRelease } from '../../src/lib/site/release';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the current release', () => {
  const release = currentRelease()!;

  it('has a calendar version and a day in CITATION.cff', () => {
    expect(release.version).toMatch(/^\d{4}\.(?:[1-9]|1[0-2])\.\d+$/);
    expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(release.version.startsWith(`${Number(release.date.slice(0, 4))}.${Number(release.date.slice(5, 7))}.`)).toBe(
      true,
    );
  });

  it('is the same in .zenodo.json, package.json and its lock file', () => {
    const zenodo = json('.zenodo.json');
    expect([zenodo.version, zenodo.publication_date]).toEqual([release.version, release.date]);
    expect(json('package.json').version).toBe(release.version);
    const lock = json('package-lock.json') as { version: string; packages: Record<string, { version: string }> };
    expect([lock.version, lock.packages[''].version]).toEqual([release.version, release.version]);
  });

  it('is the top entry of the changelog, with its day and a link to its tag', () => {
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    const [top] = changelog.match(/^## \[[^\]]+\] — \S+$/m) ?? [];
    expect(top).toBe(`## [${release.version}] — ${release.date}`);
    expect(changelog).toMatch(
      new RegExp(
        `^\\[${release.version.replaceAll('.', '\\.')}\\]: \\S+/releases/tag/v${release.version.replaceAll('.', '\\.')}$`,
        'm',
      ),
    );
  });
});

describe('checksumLines', () => {
  it('writes one line per file, in path order, as sha256sum does', () => {
    const files = new Map([
      ['data/b.csv', new TextEncoder().encode('b\n')],
      ['data/a.json', new TextEncoder().encode('')],
    ]);
    expect(checksumLines(files)).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  data/a.json\n' +
        '0263829989b6fd954f72baaf2fc64bc2e2f01d692d4de72986ea808f6e99813f  data/b.csv\n',
    );
  });
});
