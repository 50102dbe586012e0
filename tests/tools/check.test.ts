/** `npm run check:content`, the content check alone, as an editor runs it: its summary in French or English. */
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli';
import { invalidContent, VALID } from '../helpers/fixtures';

describe('npm run check:content', () => {
  it('says the content is valid, with its counts, in the system’s language', () => {
    const en = runScript('check', [], VALID);
    expect(en.status, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/^Content is valid: 2 cases, 2 practices, /);
    const fr = runScript('check', [], VALID, { LANG: 'fr_FR.UTF-8' });
    expect(fr.stdout).toMatch(/^Le contenu est valide : 2 études de cas, 2 pratiques, /);
  });

  it('lists each problem and counts them, failing', () => {
    const run = runScript('check', ['--ui', 'fr'], invalidContent('unknown-theme'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/themes/);
    expect(run.stderr).toMatch(/\n1 problème trouvé\.\n$/);
    const wrong = runScript('check', ['--ui', 'xx'], VALID);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--ui: "xx" must be one of fr, en');
  });
});
