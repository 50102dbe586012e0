/** Renamed cases and practices keep their old addresses: the map, read from content, in every language. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRedirects, redirectPath, redirectsFile, redirectsOf } from '../../src/lib/site/redirects';
import { tempDir } from '../helpers/temp';

describe('redirects of renamed entries', () => {
  const redirects = redirectsOf([
    { section: 'cases', slug: 'new-case', formerSlugs: ['old-case', 'older-case'] },
    { section: 'practices', slug: 'kept', formerSlugs: [] },
  ]);

  it('lead every former slug to the current page, in every language', () => {
    expect(redirects).toHaveLength(6);
    expect(redirects.map((r) => `${redirectPath(r, 'from')} → ${redirectPath(r, 'to')}`)).toContain(
      'ar/cases/older-case/ → ar/cases/new-case/',
    );
  });

  it('are written for hosts that read _redirects, under the base path, as permanent', () => {
    const file = redirectsFile(redirects, '/atlas');
    expect(file).toContain('/atlas/fr/cases/old-case/ /atlas/fr/cases/new-case/ 301\n');
    expect(file.split('\n').filter((l) => l.endsWith(' 301'))).toHaveLength(6);
    expect(redirectsFile([], '/')).toMatch(/^# .*\n$/);
  });

  it('are read from the formerSlugs of a content folder, leaving drafts out', () => {
    const root = tempDir('redirects');
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('cases/renamed/case.fr.md', '---\ntitle: T\nstatus: published\nformerSlugs: [first-name]\n---\nTexte.\n');
    write('cases/draft/case.fr.md', '---\ntitle: T\nstatus: draft\nformerSlugs: [draft-old]\n---\n');
    write('practices/p/practice.fr.mdx', '---\ntitle: T\nstatus: reviewed\nformerSlugs: [p-old]\n---\n');
    const read = readRedirects(root);
    expect(read.filter((r) => r.lang === 'fr')).toEqual([
      { lang: 'fr', section: 'cases', from: 'first-name', to: 'renamed' },
      { lang: 'fr', section: 'practices', from: 'p-old', to: 'p' },
    ]);
    expect(readRedirects(join(root, 'missing'))).toEqual([]);
  });

  it('leave out a file that is not valid YAML, which the content check reports', () => {
    const root = tempDir('redirects-broken');
    mkdirSync(join(root, 'cases/broken'), { recursive: true });
    writeFileSync(
      join(root, 'cases/broken/case.fr.md'),
      '---\nstatus: published\nformerSlugs: [old]\nfinancing:\ncurrency: EUR\n total: 1\n---\n',
    );
    expect(readRedirects(root)).toEqual([]);
  });
});
