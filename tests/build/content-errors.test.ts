/**
 * The build refuses content that the check refuses, before anything is
 * compiled (so an `import` in a text never runs), and says the same thing:
 * every problem as `file:line: field: problem — how to fix`, in French when
 * the system's language is French, in English otherwise.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { buildEnv, IN_ENGLISH } from '../helpers/cli';
import { invalidContent } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

/** Builds `dir` with the system's language `env`; the build's output. */
function build(dir: string, env: Record<string, string>) {
  const run = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', tempDir('refused')],
    { env: buildEnv({ ...env, ATLAS_CONTENT_DIR: dir }), encoding: 'utf8' },
  );
  expect(run.status).not.toBe(0);
  return `${run.stdout}\n${run.stderr}`;
}

describe('a build of content with problems', () => {
  const dir = invalidContent('mdx-import');

  it('stops before rendering, with the messages of npm run check', () => {
    const expected = checkContent(dir, process.cwd()).problems.map(formatProblem);
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatch(/case\.fr\.mdx:48: body: an "import" line would run code during the build/);
    const output = build(dir, IN_ENGLISH);
    expect(output).toContain(`The content has 1 problem; fix it and build again:\n${expected[0]}`);
  });

  it('speaks French when the system does', () => {
    const expected = checkContent(dir, process.cwd(), { lang: 'fr' }).problems.map(formatProblem);
    expect(expected[0]).toMatch(
      /case\.fr\.mdx:48: body: une ligne « import » exécuterait du code pendant la construction/,
    );
    const output = build(dir, { ...IN_ENGLISH, LANG: 'fr_FR.UTF-8' });
    expect(output).toContain(`Le contenu a 1 problème ; corrigez-le et relancez la construction :\n${expected[0]}`);
  });
});
