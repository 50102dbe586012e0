/** `npm run check:content`, the content check alone, as an editor runs it: its problems and summary in French or English. */
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

  it('lists each problem and counts them, failing, in the language of --ui, else of the system', () => {
    const broken = invalidContent('unknown-theme');
    const run = runScript('check', ['--ui', 'fr'], broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /cases\/example-diaspora\/case\.fr\.mdx:29: themes\.0: thème inconnu « educaton » : vouliez-vous dire « education » \? Sinon, créez une entrée « - id: educaton » dans content\/themes\.yaml ou utilisez un slug existant\n/,
    );
    expect(run.stderr).toMatch(/\n1 problème trouvé\.\n$/);
    const system = runScript('check', [], broken, { LANG: 'fr_FR.UTF-8' });
    expect(system.stderr).toContain('themes.0: thème inconnu « educaton »');
    const english = runScript('check', ['--ui', 'en'], broken, { LANG: 'fr_FR.UTF-8' });
    expect(english.stderr).toContain(
      'themes.0: unknown theme "educaton": did you mean "education"? If not, create an entry "- id: educaton" in content/themes.yaml or use an existing slug\n',
    );
    expect(english.stderr).toMatch(/\n1 problem found\.\n$/);
    const wrong = runScript('check', ['--ui', 'xx'], VALID);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--ui: "xx" must be one of fr, en');
  });

  it('names the flag meant for a misspelt one, in the system’s language, with its usage and no stack trace', () => {
    const run = runScript('check', ['--uii', 'fr'], VALID, { LANG: 'fr_FR.UTF-8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'npm run check:content: --uii n’est pas une option de cette commande — vouliez-vous dire --ui ?\n\nUtilisation : npm run check:content [-- --ui fr|en]\n',
    );
  });
});
