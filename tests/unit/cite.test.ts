/**
 * Citations made with citation-js: APA and Chicago text, and BibTeX, RIS
 * and CSL-JSON files that parse back into the same reference, for titles in
 * any script and with characters LaTeX or RIS would otherwise mangle.
 */
import { Cite } from '@citation-js/core';
import { LANGS } from '../../src/schemas/common';
import { describe, expect, it } from 'vitest';
import {
  accessDay,
  bibtexSafe,
  citationLocale,
  citationTemplate,
  cslItem,
  formatCitation,
  toBibtex,
  toCslJson,
  toRis,
  type CitableWork,
} from '../../src/lib/cite/cite';
import { arabic, work } from '../helpers/citable';

/** Title, author names, date and URL of the first item citation-js reads from `input`. */
function readBack(input: string) {
  const [item] = new Cite(input).data as {
    title: string;
    author: { literal?: string; family?: string; given?: string; 'non-dropping-particle'?: string }[];
    issued: { 'date-parts': number[][] };
    URL: string;
  }[];
  return {
    title: item.title,
    authors: item.author.map(
      (a) => a.literal ?? [a.given, a['non-dropping-particle'], a.family].filter(Boolean).join(' '),
    ),
    date: item.issued['date-parts'][0],
    url: item.URL,
  };
}

describe('the citable work of a page', () => {
  it('cites the page in its language at its own address, in the version of its last update', () => {
    const w = work({ lang: 'fr' });
    expect(w.url).toBe('https://example.org/fr/cases/migrations-developpement/');
    expect(w.updated).toBe('2026-02-01');
    expect(w.key).toBe('codev-atlas-migrations-developpement-fr');
    expect(w.siteName).toBe('Atlas du codéveloppement');
  });

  it('refuses an author who is not in content/people/', () => {
    expect(() =>
      work({ facts: { published: '2025-01-01', updated: '2025-01-01', authors: ['nobody'], licence: 'CC-BY-4.0' } }),
    ).toThrow(/unknown author "nobody"/);
  });
});

describe('APA and Chicago text', () => {
  it('cites the editorial team as a corporate author, never as "team, C. A. e."', () => {
    const { text } = formatCitation(work(), 'apa', 'en');
    expect(text).toMatch(/^Codev Atlas editorial team, & van der Doe, J\. \(2026, February 1\)\. /);
    expect(text).not.toMatch(/team, C/);
    expect(text).toContain('Migrations & Développement');
    expect(text).toContain('Codev Atlas. https://example.org/en/cases/migrations-developpement/');
  });

  it("names the editorial team in the page's language, and a person as they write their name", () => {
    const fr = formatCitation(work({ lang: 'fr' }), 'apa', 'fr').text;
    expect(fr).toMatch(/^Équipe éditoriale de l['’]Atlas du codéveloppement, & van der\sDoe, J\. /);
    const ar = formatCitation(arabic(), 'chicago', 'ar');
    expect(ar.text).toMatch(/^فريق تحرير أطلس التنمية المشتركة, and Jane van der Doe\. /);
    // The citation's terms are English there: the Arabic name is isolated so that it cannot reorder them.
    expect(ar.html).toMatch(/^<bdi lang="ar">فريق تحرير أطلس التنمية المشتركة<\/bdi>, and Jane van der Doe\. /);
  });

  it('writes Chicago author-date with the year after the authors and the title in quotes', () => {
    const { text } = formatCitation(work(), 'chicago', 'en');
    expect(text).toMatch(/^Codev Atlas editorial team, and Jane van der Doe\. 2026\. “Migrations & Développement/);
    expect(text).toContain('February 1, 2026');
    expect(text).toContain('https://example.org/en/cases/migrations-developpement/');
  });

  it('uses French terms and dates on French pages, and English ones on Arabic pages (no Arabic CSL locale)', () => {
    expect(formatCitation(work({ lang: 'fr' }), 'chicago', 'fr')).toMatchObject({ lang: 'fr' });
    expect(formatCitation(work({ lang: 'fr' }), 'chicago', 'fr').text).toContain('1 février 2026');
    const ar = formatCitation(arabic(), 'apa', 'ar');
    expect(ar.lang).toBe('en');
    expect(ar.text).toContain('أطلس التنمية المشتركة');
  });

  it("writes a page's month and day in the order of the citation's language", () => {
    expect(formatCitation(work({ lang: 'fr' }), 'apa', 'fr').text).toContain('(2026, 1 février).');
    expect(formatCitation(work(), 'apa', 'en').text).toContain('(2026, February 1).');
    expect(formatCitation(arabic(), 'apa', 'ar').text).toContain('(2026, February 1).');
  });

  it('gives Chicago the day a page last changed as "Last modified", and neither style an access day', () => {
    expect(formatCitation(work(), 'chicago', 'en').text).toContain(
      '” Codev Atlas. Last modified February 1, 2026. https://',
    );
    expect(formatCitation(work({ lang: 'fr' }), 'chicago', 'fr').text).toContain(
      'Atlas Du Codéveloppement. Dernière modification le 1 février 2026. https://',
    );
    for (const lang of LANGS)
      for (const style of ['apa', 'chicago'] as const)
        expect(formatCitation(work({ lang }), style, lang).text).not.toMatch(/Retrieved|Consulté|Accessed|consulté/);
  });

  it('isolates a title or site name in another language than the citation, so that Arabic cannot reorder it', () => {
    for (const style of ['apa', 'chicago'] as const) {
      const { html } = formatCitation(arabic(), style, 'ar');
      expect(html).toContain('<bdi lang="ar">أطلس التنمية المشتركة: «مثال» &#38; 50 %</bdi>');
      expect(html).toMatch(/<\/bdi>.*<bdi lang="ar">أطلس التنمية المشتركة<\/bdi>/);
    }
    const french = work({ textLang: 'fr', text: { title: "L'atlas « ouvert »", summary: 'Un résumé.' } });
    expect(formatCitation(french, 'apa', 'en').html).toMatch(/<bdi lang="fr">L’atlas «\s+ouvert\s+»<\/bdi>/);
    expect(formatCitation(work(), 'apa', 'en').html).not.toContain('<bdi');
  });

  it('gives as text exactly what citeproc writes as text (the build derives it from the HTML)', () => {
    const doubleSpaced = work({ text: { title: 'Two  spaces <and> a tag-like & sign', summary: '.' } });
    const dataset: CitableWork = { ...work(), type: 'dataset', key: 'codev-atlas-en', title: 'Codev Atlas' };
    const withDoi: CitableWork = { ...work(), doi: '10.5281/zenodo.1234' };
    for (const w of [work(), arabic(), doubleSpaced, dataset, withDoi, work({ lang: 'fr', textLang: 'fr' })])
      for (const lang of LANGS)
        for (const style of ['apa', 'chicago'] as const) {
          const expected = new Cite(cslItem(w))
            .format('bibliography', {
              template: citationTemplate(style, citationLocale(lang).lang),
              lang: citationLocale(lang).csl,
              format: 'text',
            })
            .trim();
          expect(formatCitation(w, style, lang).text).toBe(expected);
        }
  });

  it('keeps only the italics in the HTML version, and escapes the text', () => {
    const { html } = formatCitation(work(), 'apa', 'en');
    expect(html).toMatch(/<i>Migrations &#38; Développement/);
    expect(html.replace(/<\/?i>/g, '')).not.toMatch(/[<>]/);
  });
});

describe('citation files', () => {
  it.each([
    ['BibTeX', toBibtex],
    ['RIS', toRis],
    ['CSL-JSON', toCslJson],
  ])('%s parses back into the same title, authors, date and URL', (_, write) => {
    for (const [w, team] of [
      [work(), 'Codev Atlas editorial team'],
      [work({ lang: 'fr' }), "Équipe éditoriale de l'Atlas du codéveloppement"],
      [arabic(), 'فريق تحرير أطلس التنمية المشتركة'],
    ] as const) {
      expect(readBack(write(w))).toEqual({
        title: w.title,
        authors: [team, 'Jane van der Doe'],
        date: [2026, 2, 1],
        url: w.url,
      });
    }
  });

  it('keeps the corporate author in braces in BibTeX, so that it is not split into family and given names', () => {
    expect(toBibtex(work())).toContain('author = {{Codev Atlas editorial team} and van der Doe, Jane}');
  });

  it('writes Unicode as it is in BibTeX and escapes what LaTeX would read as commands', () => {
    const bib = toBibtex(arabic());
    expect(bib).toContain('أطلس التنمية المشتركة');
    expect(bib).toContain('\\& 50 \\%');
    expect(bibtexSafe('a_b {c} 100% $ # ~ ^ \\')).toBe(
      'a\\_b \\{c\\} 100\\% \\$ \\# \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('writes biblatex @online with a date, the access day, the version and the site as organisation', () => {
    const versioned = work({ version: { number: 7, date: '2026-02-03', permalink: 'https://example.org/blob/x' } });
    const bib = toBibtex(versioned);
    expect(bib).toMatch(/^@online\{codevatlasmigrationsdeveloppementen,\n/);
    expect(bib).toContain('\tdate = {2026-02-01},');
    expect(bib).toMatch(/\turldate = \{\d{4}-\d{2}-\d{2}\},/);
    expect(bib).toContain('\tversion = {7},');
    expect(bib).toContain('\torganization = {Codev Atlas},');
    expect(bib).not.toMatch(/\b(year|month|howpublished|booktitle|note) =/);
    expect(toBibtex({ ...work(), type: 'dataset', key: 'codev-atlas-en' })).toMatch(/^@dataset\{/);
  });

  it('gives RIS the whole key as identifier, the site, the publisher, the access day and the version', () => {
    const versioned = work({ version: { number: 7, date: '2026-02-03', permalink: 'https://example.org/blob/x' } });
    const lines = toRis(versioned).split('\r\n');
    expect(lines).toContain('ID  - codev-atlas-migrations-developpement-en');
    expect(lines).toContain('T2  - Codev Atlas');
    expect(lines).toContain('PB  - Codev Atlas');
    expect(lines).toContain('ET  - 7');
    expect(lines.find((l) => l.startsWith('Y2  - '))).toMatch(/^Y2 {2}- \d{4}\/\d{2}\/\d{2}$/);
    // Another language's record of the same page has another identifier.
    expect(toRis(work({ lang: 'fr' }))).toContain('ID  - codev-atlas-migrations-developpement-fr');
  });

  it('dates the access to the build, or to SOURCE_DATE_EPOCH for a reproducible build', () => {
    expect(accessDay({ SOURCE_DATE_EPOCH: '1764720000' })).toBe('2025-12-03');
    expect(accessDay({})).toBe(new Date().toISOString().slice(0, 10));
  });

  it('writes each RIS field on one line, however long, between TY and ER', () => {
    const lines = toRis(work()).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( |$)/);
    expect(lines).toContain(`TI  - ${work().title}`);
  });

  it('gives CSL-JSON the DOI when there is one', () => {
    const withDoi = work({
      facts: {
        published: '2025-06-10',
        updated: '2026-02-01',
        authors: ['codev-atlas-editorial-team'],
        licence: 'CC-BY-4.0',
        doi: '10.5281/zenodo.1234',
      },
    });
    expect((JSON.parse(toCslJson(withDoi)) as unknown[])[0]).toMatchObject({
      DOI: '10.5281/zenodo.1234',
      type: 'webpage',
    });
    expect(formatCitation(withDoi, 'apa', 'en').text).toContain('https://doi.org/10.5281/zenodo.1234');
  });
});

describe('the atlas as a dataset', () => {
  it('is cited in the version of its last update', () => {
    const dataset: CitableWork = { ...work(), type: 'dataset', key: 'codev-atlas-en', title: 'Codev Atlas' };
    expect(formatCitation(dataset, 'apa', 'en').text).toContain('Codev Atlas (Version 1 February 2026) [Dataset]');
    expect(JSON.parse(toCslJson(dataset))).toMatchObject([{ type: 'dataset', version: '1 February 2026' }]);
  });
});
