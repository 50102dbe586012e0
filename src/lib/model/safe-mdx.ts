/**
 * Keeps the MDX of `content/` to prose. MDX can hold JavaScript (`import`,
 * `export`, `{…}` expressions, any component), which the build would run: a
 * pull request that changes a text must not be able to run code on the
 * build machine or in visitors' browsers. Each text is parsed with satteri,
 * the MDX parser the build itself uses (so the check and the build read the
 * same tree, with exact lines), and everything but Markdown, `{/* … *\/}`
 * comments and the editor components of `editor-components.ts` is refused.
 * @see https://mdxjs.com/docs/what-is-mdx/#mdx-syntax
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { EDITOR_COMPONENT_NAMES, EDITOR_COMPONENTS, isEditorComponent } from './editor-components';
import type { TextFormat } from './layout';

/** A problem in the body of a text, at a line of the whole file. */
export interface MdxProblem {
  line?: number | undefined;
  message: string;
}

/** The parts of an mdast node this module reads. */
export interface MdxNode {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const COMPONENT_LIST = `${EDITOR_COMPONENT_NAMES.slice(0, -1).join(', ')} and ${EDITOR_COMPONENT_NAMES.at(-1)!}`;

/** An HTML comment and nothing else (Markdown passes comments through unchanged, and they run nothing). */
const HTML_COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;

/** Block comments only (`/* … *\/`, possibly several): no code at all. */
const ONLY_COMMENTS = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+$/;

/** Whether an expression's source holds nothing but comments, which run nothing. */
export function isCommentOnly(expression: string): boolean {
  return ONLY_COMMENTS.test(expression);
}

/**
 * The scheme of a link as a browser would read it (tabs and newlines inside
 * `java\tscript:` are dropped by URL parsers, so they are here too), or
 * `relative` for a link inside the site.
 */
export function linkScheme(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim(), 'relative://atlas/');
    return parsed.protocol === 'relative:' ? 'relative' : parsed.protocol.slice(0, -1).toLowerCase();
  } catch {
    return undefined;
  }
}

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'relative']);

/**
 * Image files a text may show, kept next to it. Raster formats only: an SVG
 * file can hold a script, which would run if someone opened the file itself.
 */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

export function isImageFile(name: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(name.split('.').pop()!.toLowerCase()) && name.includes('.');
}

/**
 * Parses a whole text file (front matter included, so that lines are the
 * file's) and lists what is not allowed in it. `dir` is the file's folder,
 * where the images it shows must be. A `.md` file is plain Markdown: it
 * cannot hold components or code, but Markdown lets raw HTML through, which
 * is refused here (an HTML comment is allowed).
 */
export function checkMdx(
  source: string,
  dir: string,
  format: TextFormat = 'mdx',
): { problems: MdxProblem[]; tree?: MdxNode } {
  let tree: MdxNode;
  try {
    tree = (format === 'md' ? markdownToMdast(source) : mdxToMdast(source)) as MdxNode;
  } catch (error) {
    return { problems: [syntaxProblem(error)] };
  }
  const problems: MdxProblem[] = [];
  const add = (node: MdxNode, message: string) => problems.push({ line: node.position?.start.line, message });
  const definitions = new Map<string, string>();
  const collect = (node: MdxNode) => {
    if (node.type === 'definition') definitions.set((node.identifier ?? '').toLowerCase(), node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree);

  const checkImage = (node: MdxNode, url: string) => {
    const file = url.split(/[?#]/)[0];
    if (linkScheme(url) !== 'relative' || url.startsWith('/') || url.startsWith('#'))
      add(
        node,
        `the image "${abbreviate(url)}" must be a file next to this text (the site loads nothing from other sites) — save it in this folder and write ./name.jpg`,
      );
    else if (!isImageFile(file))
      add(
        node,
        `the image "${abbreviate(url)}" is not a picture file the site accepts — save it as ${IMAGE_EXTENSIONS.join(', ')}`,
      );
    else if (!existsSync(join(dir, decodeURI(file))))
      add(node, `the image "${url}" is not in this folder — add the file next to this text or correct its name`);
  };

  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
        add(
          node,
          keyword === 'import'
            ? `an "import" line would run code during the build and is not allowed in content — delete it: the components ${COMPONENT_LIST} need no import`
            : `an "export" line would run code during the build and is not allowed in content — delete it: facts go in the YAML file and the front matter`,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value ?? ''))
          add(
            node,
            `"{${abbreviate(node.value ?? '')}}" is a JavaScript expression and is not allowed in content — remove the braces, write \\{ to show a brace, or {/* … */} for a comment`,
          );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
      case 'html':
        if (!HTML_COMMENT.test(node.value ?? ''))
          add(
            node,
            `raw HTML ("${abbreviate(node.value ?? '')}") is not allowed in content, in .md or .mdx — delete it and write the same in Markdown; for a figure, a quote or a key figure, use one of the editor components ${COMPONENT_LIST} in place of the HTML (they need the file renamed to .mdx)`,
          );
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        checkText(node, format, add);
        break;
      case 'link':
      case 'definition': {
        const url = node.url ?? '';
        const scheme = linkScheme(url);
        if (url.startsWith('//'))
          add(
            node,
            `the link "${abbreviate(url)}" has no https: in front, so it leaves the atlas for whatever site it names — write the address in full: https:${abbreviate(url)}`,
          );
        else if (!scheme || !LINK_SCHEMES.has(scheme))
          add(
            node,
            `the link "${abbreviate(url)}" is refused: a link must start with https://, http:// or mailto:, or lead to a page of the atlas (/fr/cases/…) — correct the address`,
          );
        break;
      }
      case 'image':
        checkImage(node, node.url ?? '');
        break;
      case 'imageReference': {
        // `![alt][ref]` takes its address from a `[ref]: …` definition.
        const url = definitions.get((node.identifier ?? '').toLowerCase());
        if (url !== undefined) checkImage(node, url);
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { problems, tree };
}

type Add = (node: MdxNode, message: string) => void;

/** A Markdown link whose address has a space: Markdown does not read it as a link and prints the brackets. */
const BROKEN_LINK = /\[[^\]\n]*\]\(([^()\s]*\s[^()]*)\)/;

/**
 * The text of a paragraph as written, near enough: an address Markdown
 * turned into a link by itself (GFM's bare `https://…`) counts as text, so
 * that `[a](https://x/a b)` is seen whole.
 */
function writtenText(node: MdxNode): string {
  if (node.type === 'text') return node.value ?? '';
  const children = node.children ?? [];
  if (node.type === 'link' && children.length === 1 && children[0].value === node.url) return node.url ?? '';
  return children.map(writtenText).join('');
}

/** Text that Markdown prints as it is but that an editor meant otherwise. */
function checkText(node: MdxNode, format: TextFormat, add: Add) {
  const value = writtenText(node);
  const link = BROKEN_LINK.exec(value);
  if (link && !/^\S+\s+["'(]/.test(link[1]))
    add(
      node,
      `the link "${abbreviate(link[0])}" has a space in its address, so it is printed as brackets, not as a link — replace each space in the address with %20`,
    );
  if (format === 'md' && value.includes('{/*'))
    add(
      node,
      `the comment "${abbreviate(value.slice(value.indexOf('{/*')))}" is printed as text in a .md file — delete it, or write it as an HTML comment <!-- … -->`,
    );
}

function checkElement(node: MdxNode, add: Add) {
  const name = node.name ?? '';
  if (!isEditorComponent(name)) {
    add(
      node,
      `<${name}> is not allowed in content: only the editor components ${COMPONENT_LIST} are — write it in Markdown or use one of them (see CONTRIBUTING.md)`,
    );
    return;
  }
  const spec = EDITOR_COMPONENTS[name];
  const allowed: Record<string, { required: boolean; rule: string }> = spec.attributes;
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      add(
        node,
        `<${name}> has a JavaScript expression among its attributes — remove it and write each attribute as name="text"`,
      );
      continue;
    }
    const key = attribute.name;
    const rule = allowed[key];
    if (!rule) {
      add(
        node,
        `<${name}> has no attribute "${key}" — its attributes are ${Object.entries(allowed)
          .map(([k, r]) => (r.required ? `${k} (required)` : k))
          .join(', ')}`,
      );
      continue;
    }
    given.add(key);
    const value = attribute.value;
    if (typeof value !== 'string') {
      add(
        node,
        value && typeof value === 'object'
          ? `<${name}> attribute "${key}" is a JavaScript expression — write it as text in quotes: ${key}="…"`
          : `<${name}> attribute "${key}" has no value — write it as ${key}="…"`,
      );
      continue;
    }
    if (value.trim() === '') add(node, `<${name}> attribute "${key}" is empty — write the text between the quotes`);
    else if (rule.rule === 'url' && !['http', 'https'].includes(linkScheme(value) ?? ''))
      add(node, `<${name}> attribute "${key}" must be a web address starting with https:// or http:// — correct it`);
  }
  for (const [key, rule] of Object.entries(allowed))
    if (rule.required && !given.has(key))
      add(node, `<${name}> needs the attribute ${key}="…" — for example ${spec.example.split('\n')[0]}`);
  if (!spec.children && (node.children?.length ?? 0) > 0)
    add(node, `<${name}> takes no content between tags — write it on its own: ${spec.example}`);
}

function abbreviate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** Satteri reports `line:column: reason (note: …) (rule)`; the editor gets the line, the reason and the note. */
function syntaxProblem(error: unknown): MdxProblem {
  const raw = (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
  const match = /^(\d+):\d+(?:-\d+:\d+)?: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(raw);
  const text = match?.[2] ?? raw;
  const at = text.lastIndexOf(' (note: ');
  const note = at >= 0 && text.endsWith(')') ? text.slice(at + ' (note: '.length, -1).replace(/`/g, '') : undefined;
  const reason = at >= 0 && note ? text.slice(0, at) : text;
  const fix = note?.includes('comment')
    ? note
    : 'to show "<" or "{" as text write \\< or \\{; a link is written [text](https://…) and a comment {/* … */}';
  return { line: match ? Number(match[1]) : undefined, message: `MDX cannot read this line (${reason}) — ${fix}` };
}

/**
 * The text of the body, node by node with its line, leaving out comments:
 * what a visitor would read. Used to find what the scaffold left to write.
 */
export function bodyTexts(tree: MdxNode): { value: string; line?: number | undefined }[] {
  const out: { value: string; line?: number | undefined }[] = [];
  const visit = (node: MdxNode) => {
    if (node.type === 'yaml' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return;
    if (node.type === 'text' || node.type === 'inlineCode')
      out.push({ value: node.value ?? '', line: node.position?.start.line });
    for (const attribute of node.attributes ?? [])
      if (typeof attribute.value === 'string') out.push({ value: attribute.value, line: node.position?.start.line });
    node.children?.forEach(visit);
  };
  visit(tree);
  return out;
}
