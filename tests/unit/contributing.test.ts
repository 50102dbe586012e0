/**
 * The contributors' guides quote the check's messages for the typical
 * editing mistakes; this keeps the quotes true (each fixture in
 * tests/fixtures/invalid gives exactly the message the guides show): in
 * French in the French guide, in English in the English and Arabic ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import pkg from '../../package.json' with { type: 'json' };
import { t } from '../../src/lib/i18n/i18n';
import { EDITOR_COMPONENT_NAMES } from '../../src/lib/model/editor-components';
import { checkContent } from '../../src/lib/model/check';
import type { ToolLang } from '../../src/lib/editors/messages';
import { invalidContent } from '../helpers/fixtures';

/** Refusals of the evidence rules (sources cited on every claim), which the Arabic guide quotes too. */
const EVIDENCE_MISTAKES = [
  'citation-unknown-key',
  'figure-without-citation',
  'source-not-cited',
  'qualifier-in-label',
  'practice-item-without-case',
];
const TYPICAL_MISTAKES = [
  'bad-indentation',
  'unknown-theme',
  'misspelt-field',
  'missing-source',
  'javascript-url',
  'single-language-note',
  'mdx-import',
  'mdx-expression',
  'mdx-unknown-component',
  'mdx-javascript-link',
  'todo-in-published',
  'impossible-day',
  'impossible-month',
  'bidi-control-character',
  'md-jsx-comment',
  'untranslated-text',
  'text-missing-language',
  'link-with-spaces',
  'protocol-relative-link',
  'url-with-spaces',
  'comma-in-one-line-text',
  'byte-order-mark',
  'empty-text',
  'misspelt-heading',
  'md-raw-html',
  'programme-unknown-source',
  'programme-uncited-source',
  ...EVIDENCE_MISTAKES,
];
const guides = (
  [
    ['CONTRIBUTING.md', 'fr'],
    ['CONTRIBUTING.en.md', 'en'],
  ] as const
).map(([file, lang]) => ({ file, lang, text: readFileSync(file, 'utf8') }));

/** The message the check gives for an invalid fixture in `lang`, as the guides quote it: `field: message`. */
function quotedMessage(name: string, lang: ToolLang = 'en'): string {
  const dir = invalidContent(name);
  const [problem] = checkContent(dir, dir, { lang }).problems;
  return `${problem.field}: ${problem.message}`;
}

describe('the contributors’ guides', () => {
  it.each(TYPICAL_MISTAKES)('quote the message the check gives for %s, in their language', (name) => {
    for (const { file, lang, text } of guides) expect(text, file).toContain(quotedMessage(name, lang));
  });

  it('document every editor component the check accepts, and each other', () => {
    for (const { file, text } of guides) {
      for (const name of EDITOR_COMPONENT_NAMES) expect(text, `${file} ${name}`).toContain(`<${name} `);
      expect(text).toContain(file === 'CONTRIBUTING.md' ? '(CONTRIBUTING.en.md)' : '(CONTRIBUTING.md)');
    }
  });
});

describe('the Arabic guide', () => {
  const text = readFileSync('CONTRIBUTING.ar.md', 'utf8');

  it.each(EVIDENCE_MISTAKES)('quotes the message the check gives for %s', (name) => {
    expect(text).toContain(quotedMessage(name));
  });

  it('is linked from the other guides and the README', () => {
    for (const file of ['CONTRIBUTING.md', 'CONTRIBUTING.en.md', 'README.md'])
      expect(readFileSync(file, 'utf8'), file).toContain('(CONTRIBUTING.ar.md)');
    expect(text).toContain('(CONTRIBUTING.md)');
    expect(text).toContain('(CONTRIBUTING.en.md)');
  });

  it('links Arabic issue forms that exist, are in Arabic and are listed with the guide', () => {
    const forms = [...text.matchAll(/issues\/new\?template=([\w.-]+)/g)].map((m) => m[1]);
    expect(forms.sort()).toEqual(['propose-case.ar.yml', 'report-error.ar.yml']);
    for (const form of forms) {
      const path = `.github/ISSUE_TEMPLATE/${form}`;
      expect(existsSync(path), path).toBe(true);
      const { name, body } = parse(readFileSync(path, 'utf8')) as { name: string; body: unknown[] };
      expect(name, path).toMatch(/[\u0600-\u06ff]/);
      expect(body.length, path).toBeGreaterThan(0);
    }
    const config = parse(readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8')) as {
      contact_links: { url: string }[];
    };
    expect(config.contact_links.some((link) => link.url.endsWith('/CONTRIBUTING.ar.md'))).toBe(true);
  });

  it('asks the same as the bilingual forms, so that editors get the same answers', () => {
    for (const form of ['propose-case', 'report-error']) {
      const ids = (file: string) =>
        (parse(readFileSync(`.github/ISSUE_TEMPLATE/${file}`, 'utf8')) as { body: { id?: string }[] }).body.map(
          (field) => field.id,
        );
      expect(ids(`${form}.ar.yml`), form).toEqual(ids(`${form}.yml`));
    }
  });

  it('names only npm commands that exist', () => {
    const commands = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(Object.keys(pkg.scripts), command).toContain(command);
  });

  it('names the links of the pages as the Arabic pages show them', () => {
    for (const key of ['edit.link', 'edit.facts', 'edit.translate'] as const)
      expect(text).toContain(`«${t('ar', key)}»`);
  });
});
