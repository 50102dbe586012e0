/**
 * What the editorial line promises about the real content: sourced cases
 * with every standard section, practices evidenced by several cases, a
 * balance of kinds, and enough Arabic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFile } from '../../src/lib/model/layout';
import type { Lang } from '../../src/schemas/common';
import { missingSections } from '../../src/lib/model/sections';
import { LANGS, publishedCases, publishedPractices } from '../helpers/content';

const cases = publishedCases();
const practices = publishedPractices();
const body = (slug: string, lang: string) =>
  readFileSync(textFile('cases', `content/cases/${slug}`, lang as Lang, 'md'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

describe('the published content', () => {
  it('has at least 12 cases: 7 diaspora-led projects and 5 South-South transfers', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.kind === 'diaspora').length).toBeGreaterThanOrEqual(7);
    expect(cases.filter((c) => c.kind === 'transfer').length).toBeGreaterThanOrEqual(5);
  });

  it('draws diaspora cases from several diasporas and countries of residence', () => {
    const diaspora = cases
      .filter((c) => c.kind === 'diaspora')
      .map((c) => c.facts.diaspora as { origin: string | string[]; residence: string[] });
    expect(new Set(diaspora.flatMap((d) => d.origin)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(diaspora.flatMap((d) => d.residence)).size).toBeGreaterThanOrEqual(3);
  });

  it('never marks a case as reviewed without a review', () => {
    for (const c of cases) expect(c.status, c.slug).toBe('published');
  });

  it('gives every case at least one source and French and English texts with every standard section', () => {
    for (const c of cases) {
      expect((c.facts.sources as unknown[]).length, c.slug).toBeGreaterThanOrEqual(1);
      expect(c.langs, c.slug).toEqual(expect.arrayContaining(['fr', 'en']));
      for (const lang of c.langs)
        expect(missingSections(body(c.slug, lang), lang as (typeof LANGS)[number]), `${c.slug} ${lang}`).toEqual([]);
    }
  });

  it('has Arabic text for at least 6 cases', () => {
    expect(cases.filter((c) => c.langs.includes('ar')).length).toBeGreaterThanOrEqual(6);
  });

  it('has at least 8 practices, each in French and English and evidenced by at least two cases', () => {
    expect(practices.length).toBeGreaterThanOrEqual(8);
    for (const p of practices) {
      expect(p.langs, p.slug).toEqual(expect.arrayContaining(['fr', 'en']));
      const evidence = cases.filter((c) => (c.facts.practices as string[] | undefined)?.includes(p.slug));
      expect(evidence.length, p.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('credits the editorial team as author until people contribute', () => {
    for (const c of cases) expect(c.facts.authors, c.slug).toContain('codev-atlas-editorial-team');
  });
});
