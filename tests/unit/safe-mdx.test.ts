/**
 * What the check lets through in the MDX of content/ and what it refuses,
 * beyond the one-mistake fixtures: Markdown, comments and the editor
 * components pass; anything that could run code or load from elsewhere fails.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdx, isCommentOnly, linkScheme } from '../../src/lib/model/safe-mdx';
import { tempDir } from '../helpers/temp';

const dir = tempDir('mdx');
writeFileSync(join(dir, 'photo.jpg'), '');
const head = '---\ntitle: x\n---\n\n';
/** The problems of a body, each as `line: message`. */
const problems = (body: string) => checkMdx(head + body + '\n', dir).problems.map((p) => `${p.line}: ${p.message}`);

describe('safe MDX', () => {
  it('accepts Markdown, comments, escaped braces, site and web links, local images and the editor components', () => {
    expect(
      problems(`{/* a comment */}

Text with **bold**, \\{ a brace \\}, a < b, [a page](/fr/cases/x/), [a site](https://example.org),
[mail](mailto:a@example.org), [an anchor](#results) and ![a photo](./photo.jpg).

| a | b |
| - | - |
| 1 | 2 |

<Figure caption="A caption" credit="Someone">

![a photo](./photo.jpg)

</Figure>

<Quote source="Someone" url="https://example.org">Words.</Quote>

<KeyFigure value="3" label="schools" />

<Aside>A note with {/* a comment */} inside.</Aside>`),
    ).toEqual([]);
  });

  it('refuses code in every place MDX allows it, at its line', () => {
    expect(problems('export default function Layout() {}')[0]).toMatch(/^5: an "export" line would run code/);
    expect(problems('Text {/* a */ fetch("https://evil.example") /* b */}')[0]).toMatch(
      /^5: "\{\/\* a \*\/ fetch\("https:\/\/evil.example"\) \/…}" is a JavaScript expression/,
    );
    expect(problems('<Aside {...props}>x</Aside>')).toEqual([
      '5: <Aside> has a JavaScript expression among its attributes — remove it and write each attribute as name="text"',
    ]);
    expect(problems('<Aside title={user.name}>x</Aside>')[0]).toContain('attribute "title" is a JavaScript expression');
    expect(problems('\n\n<iframe src="https://evil.example" />')[0]).toMatch(/^7: <iframe> is not allowed in content/);
    expect(problems('<img src="x" onerror="alert(1)" />')[0]).toContain('<img> is not allowed in content');
    expect(problems('<Aside.Inner>x</Aside.Inner>')[0]).toContain('<Aside.Inner> is not allowed');
  });

  it('checks the attributes of the editor components', () => {
    expect(problems('<Aside onclick="x">y</Aside>')).toEqual([
      '5: <Aside> has no attribute "onclick" — its attributes are title',
    ]);
    expect(problems('<Figure>x</Figure>')[0]).toContain('<Figure> needs the attribute caption="…"');
    expect(problems('<Quote source="s" url="javascript:alert(1)">q</Quote>')[0]).toContain(
      'attribute "url" must be a web address starting with https:// or http://',
    );
    expect(problems('<KeyFigure value="1" label="x">more</KeyFigure>')[0]).toContain('<KeyFigure> takes no content');
    expect(problems('<Figure caption="">x</Figure>')[0]).toContain('attribute "caption" is empty');
  });

  it('refuses links and images that could run code or load from other sites', () => {
    expect(problems('[x](data:text/html,hi)')[0]).toContain('the link "data:text/html,hi" is refused');
    expect(problems('[x][r]\n\n[r]: vbscript:msgbox')[0]).toContain('the link "vbscript:msgbox" is refused');
    expect(problems('![x](https://example.org/a.jpg)')[0]).toContain('must be a file next to this text');
    expect(problems('![x][r]\n\n[r]: https://example.org/a.jpg')[0]).toContain('must be a file next to this text');
    expect(problems('![x](./drawing.svg)')[0]).toContain('is not a picture file the site accepts');
    expect(problems('![x](./missing.jpg)')[0]).toContain('is not in this folder');
  });

  it('names the line MDX cannot read, with how to write the character', () => {
    expect(problems('\nLess than <5 %.')).toEqual([
      '6: MDX cannot read this line (Unexpected character after `<`, expected a valid JSX tag) — to show "<" or "{" as text write \\< or \\{; a link is written [text](https://…) and a comment {/* … */}',
    ]);
    expect(problems('<!-- note -->')[0]).toMatch(
      /^5: MDX cannot read this line .* — to create a comment in MDX, use \{\/\* text \*\/\}$/,
    );
  });

  it('tells comments from code, and reads link schemes as browsers do', () => {
    expect(isCommentOnly('/* a */ /* b */')).toBe(true);
    expect(isCommentOnly('/* a */ x /* b */')).toBe(false);
    expect(isCommentOnly('// a')).toBe(false);
    expect(linkScheme('JavaScript:alert(1)')).toBe('javascript');
    expect(linkScheme(' java\tscript:alert(1)')).toBe('javascript');
    expect(linkScheme('../x/')).toBe('relative');
    expect(linkScheme('/fr/')).toBe('relative');
  });
});
