/**
 * The open-data exports: only published entries, every language's title
 * and summary, JSON that its own published JSON Schema accepts, and a CSV
 * whose cells survive commas, quotes, newlines and Arabic.
 */
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseCsv } from 'csv-parse/sync';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFacts } from '../../src/lib/model/layout';
import { splitFields } from '../../src/schemas/entry-fields';
import type { AtlasCase, AtlasPractice } from '../../src/lib/atlas/content';
import {
  casesCsv,
  casesFile,
  CSV_COLUMNS,
  jsonSchemaOf,
  practicesFile,
  type ExportSource,
} from '../../src/lib/atlas/export';
import { caseSchema } from '../../src/schemas/case';
import { practiceSchema } from '../../src/schemas/practice';
import { VALID } from '../helpers/fixtures';

/** The facts in an entry's French text. */
const facts = (collection: 'cases' | 'practices', path: string) =>
  splitFields(collection, readFacts(join(VALID, collection, path))).facts;
const text = (title: string, summary: string) => ({ data: { title, summary } });

const tricky = {
  fr: text(
    'Titre, avec « guillemets » et "doubles"',
    'Un résumé,\nsur deux lignes, avec "des guillemets" ; et des virgules.',
  ),
  ar: text('أطلس التنمية المشتركة: «مثال»', 'ملخص بالعربية، مع فاصلة و"علامات تنصيص".'),
};

function source(): ExportSource {
  const diaspora = caseSchema.parse(facts('cases', 'example-diaspora/case.fr.mdx'));
  const transfer = caseSchema.parse(facts('cases', 'example-transfer/case.fr.mdx'));
  const cases = [
    { slug: 'example-diaspora', facts: diaspora, texts: tricky, countries: ['FR', 'IT', 'SN'] },
    { slug: 'example-transfer', facts: transfer, texts: { en: text('Example transfer', 'Summary.') }, countries: [] },
    { slug: 'a-draft', facts: { ...diaspora, status: 'draft' }, texts: tricky, countries: ['SN'] },
  ] as unknown as AtlasCase[];
  const practice = practiceSchema.parse(facts('practices', 'example-practice/practice.fr.mdx'));
  const practices = [
    { slug: 'example-practice', facts: practice, texts: { fr: text('Pratique', 'Résumé.') } },
  ] as unknown as AtlasPractice[];
  return {
    cases,
    practices,
    people: new Map([
      ['test-editor', { name: 'Test Editor', type: 'person' as const }],
      ['test-reviewer', { name: 'Test Reviewer', type: 'person' as const }],
    ]),
    casesByPractice: new Map([['example-practice', [cases[1], cases[0]]]]),
  };
}
const site = 'https://example.org';

describe('cases.json and practices.json', () => {
  const cases = casesFile(source(), site);

  it('list the published and reviewed entries only, with their texts, credits and page addresses', () => {
    expect(cases.cases.map((c) => c.slug)).toEqual(['example-diaspora', 'example-transfer']);
    const [diaspora] = cases.cases;
    expect(diaspora.titles).toEqual({ fr: tricky.fr.data.title, ar: tricky.ar.data.title });
    expect(diaspora.urls.ar).toBe('https://example.org/ar/cases/example-diaspora/');
    expect(diaspora.authors).toEqual([{ slug: 'test-editor', name: 'Test Editor', type: 'person' }]);
    expect(diaspora.facts.financing?.total).toBe(100000);
    expect(cases).toMatchObject({ licence: 'CC-BY-4.0', version: '2026-02-01', name: 'Codev Atlas' });
    expect(practicesFile(source(), site).practices[0].cases).toEqual(['example-diaspora', 'example-transfer']);
  });

  it('are accepted by their published JSON Schemas, which refuse a broken file', () => {
    const ajv = new Ajv2020({ strict: false });
    const validCases = ajv.compile(jsonSchemaOf('cases', site));
    expect(validCases(JSON.parse(JSON.stringify(cases))), ajv.errorsText(validCases.errors)).toBe(true);
    const broken = JSON.parse(JSON.stringify(cases)) as { cases: { facts: { kind: string } }[] };
    broken.cases[0].facts.kind = 'unknown';
    expect(validCases(broken)).toBe(false);
    const validPractices = ajv.compile(jsonSchemaOf('practices', site));
    expect(validPractices(JSON.parse(JSON.stringify(practicesFile(source(), site))))).toBe(true);
    expect(validPractices({ practices: [] })).toBe(false);
  });
});

describe('cases.csv', () => {
  const csv = casesCsv(casesFile(source(), site).cases);
  const rows = parseCsv<Record<string, string>>(csv, { columns: true });

  it('has one row per published case, under a header of the documented columns', () => {
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0])).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(new Set(CSV_COLUMNS.map((c) => c.name)).size).toBe(CSV_COLUMNS.length);
  });

  it('keeps commas, quotes, newlines and Arabic intact', () => {
    expect(rows[0].title_fr).toBe(tricky.fr.data.title);
    expect(rows[0].summary_fr).toBe(tricky.fr.data.summary);
    expect(rows[0].title_ar).toBe(tricky.ar.data.title);
    expect(rows[0].summary_ar).toBe(tricky.ar.data.summary);
    expect(rows[0].title_en).toBe('');
  });

  it('writes lists with "; ", places with their country, and a period still going on', () => {
    expect(rows[0]).toMatchObject({
      countries: 'FR; IT; SN',
      places: 'Exampleville (SN)',
      period_start: '2015',
      period_end: '2018-06',
      ongoing: 'false',
      currency: 'EUR',
      total_budget: '100000',
      sources: '2',
      url_en: 'https://example.org/en/cases/example-diaspora/',
    });
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => c.name).join(','));
  });
});
