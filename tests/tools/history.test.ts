/**
 * The versions of an entry from a real repository: every commit that
 * touched its folder, renames followed; and no history at all, said with
 * its reason, from a shallow clone or outside git, so that pages invent none.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID } from '../helpers/fixtures';
import { commitOn } from '../helpers/git';
import { tempDir } from '../helpers/temp';
import { historyOf, namedAt, repositoryTop } from '../../src/lib/model/history';
import { committedOn } from '../../src/lib/model/translation-status';
import { contentCheck } from '../../src/integrations/content-check';

/** A repository whose case `example-diaspora` was written, corrected, renamed, then corrected again. */
function repository() {
  const dir = tempDir('history');
  const content = join(dir, 'content');
  mkdirSync(content);
  cpSync(VALID, content, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  commitOn(dir, '2026-01-10', 'Add the fixture content');
  writeFileSync(join(content, 'cases/example-diaspora/case.fr.mdx'), '\nUne ligne de plus.\n', { flag: 'a' });
  commitOn(dir, '2026-02-20', 'Example case: one more line');
  renameSync(join(content, 'cases/example-diaspora'), join(content, 'cases/example-renamed'));
  commitOn(dir, '2026-03-05', 'Rename the example case');
  writeFileSync(join(content, 'cases/example-renamed/case.en.md'), '\nOne more line.\n', { flag: 'a' });
  commitOn(dir, '2026-04-01', 'Example case: its English text');
  return { dir, content };
}

describe('the history of an entry', () => {
  it('lists every change to its folder, newest first, through a rename', () => {
    const { content } = repository();
    const history = historyOf(join(content, 'cases/example-renamed'));
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.revisions.map((r) => [r.date, r.subject])).toEqual([
      ['2026-04-01', 'Example case: its English text'],
      ['2026-03-05', 'Rename the example case'],
      ['2026-02-20', 'Example case: one more line'],
      ['2026-01-10', 'Add the fixture content'],
    ]);
    expect(history.revisions[0].hash).toMatch(/^[0-9a-f]{40}$/);
    // Another entry has only the changes to its own files.
    const other = historyOf(join(content, 'practices'));
    expect(other.available && other.revisions.map((r) => r.subject)).toEqual(['Add the fixture content']);
  });

  it('leaves out the commits listed in .git-blame-ignore-revs, still following their renames', () => {
    const { dir, content } = repository();
    const folder = join(content, 'cases/example-renamed');
    // A change of layout: the English text renamed, nothing in it changed.
    execFileSync('git', ['mv', 'case.en.md', 'case.en.mdx'], { cwd: folder });
    commitOn(dir, '2026-05-01', 'Move the texts to a new layout');
    const move = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const moved = historyOf(folder);
    expect(moved.available && moved.revisions[0].date).toBe('2026-05-01');
    writeFileSync(join(dir, '.git-blame-ignore-revs'), `# Move of the texts\n${move}\n`);
    commitOn(dir, '2026-05-02', 'Leave the move out of the versions');
    const history = historyOf(folder);
    expect(history.available && history.revisions.map((r) => r.date)).toEqual([
      '2026-04-01',
      '2026-03-05',
      '2026-02-20',
      '2026-01-10',
    ]);
    // The moved file keeps its past, under its older names: a link to the latest version names it as it was then.
    expect(committedOn(join(folder, 'case.en.mdx'))).toBe('2026-04-01');
    const top = repositoryTop(folder)!;
    const latest = history.available ? history.revisions[0].hash : '';
    expect(namedAt(top, 'content/cases/example-renamed/case.en.mdx', latest)).toBe(false);
    expect(namedAt(top, 'content/cases/example-renamed/case.en.mdx', move)).toBe(true);
    expect(namedAt(top, 'content/cases/example-renamed/case.fr.mdx', latest)).toBe(true);
  });

  it('is not available in a shallow clone, and the build says so in its log', () => {
    const { dir } = repository();
    const shallow = join(tempDir('history-shallow'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    const history = historyOf(join(shallow, 'content/cases/example-renamed'));
    expect(history.available).toBe(false);
    expect(!history.available && history.reason).toContain('shallow clone');

    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    const saved = process.env.ATLAS_CONTENT_DIR;
    process.env.ATLAS_CONTENT_DIR = join(shallow, 'content');
    try {
      const hook = contentCheck().hooks['astro:build:start'] as unknown as (options: { logger: typeof logger }) => void;
      hook({ logger });
    } finally {
      if (saved === undefined) delete process.env.ATLAS_CONTENT_DIR;
      else process.env.ATLAS_CONTENT_DIR = saved;
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^No version history on the pages: .*shallow clone/);
  });

  it('is not available outside a repository', () => {
    const dir = tempDir('history-none');
    cpSync(VALID, dir, { recursive: true });
    const history = historyOf(join(dir, 'cases'));
    expect(history.available).toBe(false);
    expect(!history.available && history.reason).toContain('not in a git repository');
  });
});
