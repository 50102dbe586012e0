/**
 * The data of a version in one download a researcher can check: the archive
 * holds every data file of the build, byte for byte, with the checksums that
 * `sha256sum -c` verifies; and the data page names the release and links
 * the archive, the checksums, the releases and the changelog.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { currentRelease } from '../../src/lib/site/release';
import { LANGS } from '../helpers/content';
import { DIST, page } from '../helpers/dist';

const dataFiles = readdirSync(join(DIST, 'data'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .filter((path) => path !== 'data/codev-atlas-data.zip' && path !== 'data/SHA256SUMS')
  .sort();

describe('the data archive', () => {
  const archive = unzipSync(readFileSync(join(DIST, 'data/codev-atlas-data.zip')));

  it('holds every data file of the build, byte for byte, and the checksums', () => {
    expect(dataFiles).toContain('data/cases.json');
    expect(dataFiles).toContain('data/cite/fr/codev-atlas.bib');
    expect(Object.keys(archive).sort()).toEqual([...dataFiles, 'data/SHA256SUMS'].sort());
    for (const path of dataFiles)
      expect(Buffer.from(archive[path]).equals(readFileSync(join(DIST, path))), path).toBe(true);
    expect(Buffer.from(archive['data/SHA256SUMS']).equals(readFileSync(join(DIST, 'data/SHA256SUMS')))).toBe(true);
  });

  it('has checksums that sha256sum verifies for every file', () => {
    const sums = readFileSync(join(DIST, 'data/SHA256SUMS'), 'utf8');
    expect(
      sums
        .trimEnd()
        .split('\n')
        .map((line) => line.slice(66)),
    ).toEqual(dataFiles);
    const out = execFileSync('sha256sum', ['--check', '--strict', join('data', 'SHA256SUMS')], {
      cwd: DIST,
      encoding: 'utf8',
    });
    expect(out.trimEnd().split('\n')).toEqual(dataFiles.map((path) => `${path}: OK`));
  });
});

describe('the data page', () => {
  const release = currentRelease()!;
  it.each(LANGS)('names the release and links the archive, checksums, releases and changelog (%s)', (lang) => {
    const doc = page(`/${lang}/data/`);
    expect(doc.querySelector('[data-release]')?.getAttribute('data-release')).toBe(release.version);
    const hrefs = doc.querySelectorAll('#releases + p + ul a, #releases + ul a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/data/codev-atlas-data.zip',
        '/data/SHA256SUMS',
        expect.stringMatching(/\/releases$/),
        expect.stringMatching(/\/CHANGELOG\.md$/),
      ]),
    );
  });
});
