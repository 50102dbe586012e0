/**
 * The notice above a translation, as a page renders it: the original's last
 * commit makes the translation outdated even when `updated` was not touched
 * (an edit in GitHub's web editor), and the notice gives that day.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import OtherLanguageComponent from '../../src/components/ui/OtherLanguage.astro';
import { commitOn } from '../helpers/git';
import { tempDir } from '../helpers/temp';

/** The component, typed as the container takes it (.astro modules are typed by Astro's own checker). */
const OtherLanguage = OtherLanguageComponent as Parameters<AstroContainer['renderToString']>[0];

/** A repository holding one original text, last committed on `day`. */
function originalCommittedOn(day: string): string {
  const dir = tempDir('history');
  const file = join(dir, 'case.fr.md');
  writeFileSync(file, '---\ntitle: Original\n---\n\nTexte.\n');
  execFileSync('git', ['init', '-q'], { cwd: dir });
  commitOn(dir, day, 'original');
  return file;
}

const render = async (original?: string) =>
  (await AstroContainer.create()).renderToString(OtherLanguage, {
    props: {
      lang: 'en',
      textLang: 'en',
      fallback: false,
      translation: { from: 'fr', date: '2026-02-02' },
      updated: '2026-02-01',
      original,
    },
  });

describe('the notice above a translation', () => {
  it('says the translation may be outdated when the original was committed after it', async () => {
    const html = await render(originalCommittedOn('2026-03-15'));
    expect(html).toMatch(/<strong[ >]/);
    expect(html).toContain('15 March 2026');
  });

  it('says nothing of the sort when the original has not changed since', async () => {
    expect(await render(originalCommittedOn('2026-01-20'))).not.toMatch(/<strong[ >]/);
    expect(await render(undefined)).not.toMatch(/<strong[ >]/);
  });
});
