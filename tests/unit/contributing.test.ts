/**
 * The contributors' guides quote the check's messages for the typical
 * editing mistakes; this keeps the quotes true (each fixture in
 * tests/fixtures/invalid gives exactly the message the guides show).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENT_NAMES } from '../../src/lib/model/editor-components';
import { checkContent } from '../../src/lib/model/check';
import { invalidContent } from '../helpers/fixtures';

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
  'link-with-spaces',
  'protocol-relative-link',
  'url-with-spaces',
  'comma-in-one-line-text',
  'byte-order-mark',
  'empty-text',
  'misspelt-heading',
  'md-raw-html',
];
const guides = ['CONTRIBUTING.md', 'CONTRIBUTING.en.md'].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('the contributors’ guides', () => {
  it.each(TYPICAL_MISTAKES)('quote the message the check gives for %s', (name) => {
    const dir = invalidContent(name);
    const [problem] = checkContent(dir, dir).problems;
    const quoted = `${problem.field}: ${problem.message}`;
    for (const { file, text } of guides) expect(text, file).toContain(quoted);
  });

  it('document every editor component the check accepts, and each other', () => {
    for (const { file, text } of guides) {
      for (const name of EDITOR_COMPONENT_NAMES) expect(text, `${file} ${name}`).toContain(`<${name} `);
      expect(text).toContain(file === 'CONTRIBUTING.md' ? '(CONTRIBUTING.en.md)' : '(CONTRIBUTING.md)');
    }
  });
});
