/**
 * The tables for analysis, as a researcher downloads them from the build:
 * each JSON passes the JSON Schema made from its columns, each CSV parses
 * back into the same rows, its identifiers join to the other tables as its
 * published Table Schema says, and the spreadsheet variant differs only by
 * its byte-order mark.
 */
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, tableFiles, tableJsonSchema, type Row, type TableName } from '../../src/lib/atlas/tables';
import { page } from '../helpers/dist';
import { LANGS, publishedCases, publishedPractices } from '../helpers/content';

const dist = (path: string) => readFileSync(`dist/${path}`, 'utf8');

interface Field {
  name: string;
  type: string;
  description: string;
  trueValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: TableName; fields: string[] } }[];
}

const json = Object.fromEntries(
  TABLE_NAMES.map((name) => [name, JSON.parse(dist(tableFiles(name).json)) as Row[]]),
) as Record<TableName, Row[]>;
const schemas = Object.fromEntries(
  TABLE_NAMES.map((name) => [name, JSON.parse(dist(tableFiles(name).schema)) as TableSchema]),
) as Record<TableName, TableSchema>;
const csv = Object.fromEntries(
  TABLE_NAMES.map((name) => [name, parseCsv<Record<string, string>>(dist(tableFiles(name).csv), { columns: true })]),
) as Record<TableName, Record<string, string>[]>;

/**
 * A CSV cell read as its Table Schema field says, as a researcher's software
 * would; a list cell (an array in JSON) is split at `; `, into numbers when
 * the JSON holds numbers.
 */
function read(field: Field, cell: string, inJson: Row[string]): Row[string] {
  if (Array.isArray(inJson)) {
    const values = cell === '' ? [] : cell.split('; ');
    return typeof inJson[0] === 'number' ? values.map(Number) : values;
  }
  if (cell === '') return null;
  if (field.type === 'integer' || field.type === 'number') return Number(cell);
  if (field.type === 'boolean') return field.trueValues!.includes(cell);
  return cell;
}

describe('tables for analysis', () => {
  it('publish JSON that the JSON Schema made from their columns accepts', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    for (const name of TABLE_NAMES) {
      const validate = ajv.compile(tableJsonSchema(name));
      expect(validate(json[name]), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(json[name].length, name).toBeGreaterThan(0);
    }
  });

  it('hold every published case and practice, once each', () => {
    expect(json.cases.map((r) => r.slug)).toEqual(
      publishedCases()
        .map((c) => c.slug)
        .sort(),
    );
    expect(json.practices.map((r) => r.slug)).toEqual(
      publishedPractices()
        .map((p) => p.slug)
        .sort(),
    );
    for (const name of TABLE_NAMES) {
      const keys = json[name].map((row) => schemas[name].primaryKey.map((k) => String(row[k])).join('|'));
      expect(new Set(keys).size, `${name}: primary key ${schemas[name].primaryKey.join(', ')}`).toBe(keys.length);
    }
  });

  it('publish CSV with the columns of their Table Schema, which reads back into the JSON rows', () => {
    for (const name of TABLE_NAMES) {
      const { fields } = schemas[name];
      const [header]: unknown[] = parseCsv(dist(tableFiles(name).csv), { to_line: 1 });
      expect(header, name).toEqual(fields.map((f) => f.name));
      const rows = csv[name].map((cells, i) =>
        Object.fromEntries(fields.map((f) => [f.name, read(f, cells[f.name], json[name][i][f.name])])),
      );
      expect(rows, name).toEqual(json[name]);
      for (const f of fields)
        for (const row of csv[name]) {
          const cell = row[f.name];
          if (f.constraints?.required) expect(cell, `${name}.${f.name}`).not.toBe('');
          if (cell && f.constraints?.enum) expect(f.constraints.enum, `${name}.${f.name}`).toContain(cell);
          if (cell && f.constraints?.pattern)
            expect(cell, `${name}.${f.name}`).toMatch(new RegExp(f.constraints.pattern));
        }
    }
  });

  it('join by identifier as their foreign keys say: every reference names a row of the other table', () => {
    let checked = 0;
    for (const name of TABLE_NAMES)
      for (const key of schemas[name].foreignKeys ?? []) {
        const target = new Set(csv[key.reference.resource].map((r) => key.reference.fields.map((f) => r[f]).join('|')));
        for (const row of csv[name]) {
          if (key.fields.some((f) => row[f] === '')) continue;
          expect(target, `${name}.${key.fields.join('+')}`).toContain(key.fields.map((f) => row[f]).join('|'));
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(500);
    const slugs = (name: TableName) => new Set(csv[name].map((r) => r.slug));
    // Lists of identifiers, which a Table Schema foreign key cannot state.
    for (const row of csv.cases) {
      for (const p of row.programmes.split('; ').filter(Boolean)) expect(slugs('programmes'), row.slug).toContain(p);
      for (const p of row.practices.split('; ').filter(Boolean)) expect(slugs('practices'), row.slug).toContain(p);
    }
    for (const row of csv.practices)
      for (const c of row.cases.split('; ').filter(Boolean)) expect(slugs('cases'), row.slug).toContain(c);
    expect(csv.financing.filter((r) => r.programme).length).toBeGreaterThan(0);
    expect(csv.results.filter((r) => r.source).length).toBeGreaterThan(0);
  });

  it('offer each CSV with a byte-order mark for spreadsheets, otherwise the same bytes', () => {
    for (const name of TABLE_NAMES) {
      const plain = readFileSync(`dist/${tableFiles(name).csv}`);
      const bom = readFileSync(`dist/${tableFiles(name).bomCsv}`);
      expect([...bom.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(plain.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), name).toBe(false);
      expect(bom.subarray(3).equals(plain), name).toBe(true);
    }
  });
  it('are listed on the data page in every language with their four files, and the codebook is linked', () => {
    for (const lang of LANGS) {
      const hrefs = page(`/${lang}/data/`)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      for (const name of TABLE_NAMES)
        for (const file of Object.values(tableFiles(name))) expect(hrefs, `${lang}: ${file}`).toContain(`/${file}`);
      expect(hrefs, lang).toContain(`/${lang}/data/codebook/`);
      expect(hrefs, lang).toContain('/data/codebook.json');
    }
  });
  it('are described field by field on the codebook page in every language, descriptions marked as English', () => {
    const book = JSON.parse(dist('data/codebook.json')) as { definitions: unknown[]; files: { fields: unknown[] }[] };
    const count = book.definitions.length + book.files.reduce((n, f) => n + f.fields.length, 0);
    for (const lang of LANGS) {
      const doc = page(`/${lang}/data/codebook/`);
      const rows = doc.querySelectorAll('main tbody tr');
      expect(rows.length, lang).toBe(count);
      expect(
        doc.querySelectorAll('main tbody th code').map((c) => c.text),
        lang,
      ).toContain('value_full');
      const marked = rows.filter((r) => r.querySelector('td p')?.getAttribute('lang') === 'en').length;
      expect(marked, lang).toBe(lang === 'en' ? 0 : count);
    }
  });

  it('have their fields’ bounds on the codebook page, each with its term, a negative one isolated left to right in Arabic', () => {
    const latitude = (lang: string) =>
      page(`/${lang}/data/codebook/`)
        .querySelectorAll('main tbody tr')
        .find((row) => row.querySelector('th code')?.text === 'places[].lat')!
        .querySelectorAll('dl > div')
        .find((item) => item.querySelector('dd')?.text.includes('90'))!;
    expect(latitude('en').text).toBe('Range: from -90 to 90');
    expect(latitude('fr').text).toBe('Bornes : de -90 à 90');
    // U+2066 and U+2069 keep "-90" from showing as "90-" after Arabic words.
    expect(latitude('ar').querySelector('dd')!.text).toBe('من \u2066-90\u2069 إلى \u206690\u2069');
  });
});
