/**
 * The content check speaks French as well as English: every message of its
 * catalogue is written in both, the check speaks the language it is asked
 * for and no other, and zod's own words follow it.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { describeIssue } from '../../src/lib/model/check/messages';
import { inLanguage, PROBLEMS, problemLang, say } from '../../src/lib/model/check/wording';
import { TOOL_LANGS } from '../../src/lib/editors/messages';
import { invalidContent } from '../helpers/fixtures';

/** The problems of an invalid fixture, as the check prints them in `lang`. */
const printed = (name: string, lang: 'fr' | 'en') => {
  const dir = invalidContent(name);
  return checkContent(dir, dir, { lang }).problems.map(formatProblem);
};

describe('the words of the content check', () => {
  it('give every message in English and in French, taking the same arguments', () => {
    const keys = Object.keys(PROBLEMS);
    expect(keys.length).toBeGreaterThan(50);
    for (const [key, wording] of Object.entries(PROBLEMS)) {
      expect(Object.keys(wording).sort(), key).toEqual([...TOOL_LANGS].sort());
      expect(typeof wording.en, key).toBe('function');
      expect(typeof wording.fr, key).toBe('function');
      expect(wording.fr.length, key).toBe(wording.en.length);
    }
    expect(Object.keys(say).sort()).toEqual(keys.sort());
  });

  it('report a problem in French, with the same file, line and field, quoting what the editor wrote as it is', () => {
    expect(printed('unknown-theme', 'fr')).toEqual([
      'cases/example-diaspora/case.fr.mdx:29: themes.0: thème inconnu « educaton » : vouliez-vous dire « education » ? Sinon, créez une entrée « - id: educaton » dans content/themes.yaml ou utilisez un slug existant',
    ]);
    expect(printed('impossible-day', 'fr')).toEqual([
      'cases/example-diaspora/case.fr.mdx:8: published: est 2019-02-30, un jour qui n’existe pas (février 2019 a 28 jours) — corrigez le jour, écrit AAAA-MM-JJ',
    ]);
    expect(printed('comma-in-one-line-text', 'fr')).toEqual([
      'cases/example-diaspora/case.fr.mdx:28: results.0.label.en: a une virgule dans { … }, qui termine le texte à « 6 » et fait lire « 000 pupils » comme un champ inconnu — mettez le texte entre guillemets : en: "6,000 pupils"',
    ]);
    expect(printed('unknown-organization', 'fr')[0]).toContain('organisation inconnue « example-agancy »');
    expect(printed('unknown-programme', 'fr')[0]).toContain('programme inconnu « example-programe »');
  });

  it('speak the language of the check under way only, and English outside of one', () => {
    expect(printed('missing-source', 'en')[0]).toContain(
      'sources: needs at least one source: every fact must come from a document',
    );
    expect(problemLang()).toBe('en');
    expect(inLanguage('fr', () => say.required())).toBe('est obligatoire mais manque : ajoutez-le');
    expect(say.required()).toBe('is required but missing: add it');
    expect(() =>
      inLanguage('fr', () => {
        throw new Error('stopped');
      }),
    ).toThrow('stopped');
    expect(problemLang()).toBe('en');
  });

  it('leave to zod, in its French words when the check speaks French, only what they do not word themselves', () => {
    const latitude = z.number().max(90);
    const issue = (lang: 'fr' | 'en') =>
      inLanguage(lang, () => latitude.safeParse(200, { error: describeIssue }).error!.issues[0].message);
    expect(issue('en')).toMatch(/^Too big/);
    expect(issue('fr')).toMatch(/^Trop grand/);
  });
});
