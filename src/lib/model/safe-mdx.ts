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
import { didYouMean } from '../editors/did-you-mean';
import { EDITOR_COMPONENT_NAMES, EDITOR_COMPONENTS, isEditorComponent } from './editor-components';
import type { TextFormat } from './layout';
import { say } from './check/wording';

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
      add(node, say.imageNotHere(abbreviate(url)));
    else if (!isImageFile(file)) add(node, say.imageNotPicture(abbreviate(url), IMAGE_EXTENSIONS));
    else if (!existsSync(join(dir, decodeURI(file)))) add(node, say.imageMissing(url));
  };

  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
        add(node, keyword === 'import' ? say.mdxImport(EDITOR_COMPONENT_NAMES) : say.mdxExport());
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value ?? '')) add(node, say.mdxExpression(abbreviate(node.value ?? '')));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
      case 'html':
        if (!HTML_COMMENT.test(node.value ?? ''))
          add(node, say.rawHtml(abbreviate(node.value ?? ''), EDITOR_COMPONENT_NAMES));
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
        if (url.startsWith('//')) add(node, say.linkWithoutScheme(abbreviate(url)));
        else if (!scheme || !LINK_SCHEMES.has(scheme)) add(node, say.linkRefused(abbreviate(url)));
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
  if (link && !/^\S+\s+["'(]/.test(link[1])) add(node, say.linkWithSpace(abbreviate(link[0])));
  if (format === 'md' && value.includes('{/*'))
    add(node, say.commentInMarkdown(abbreviate(value.slice(value.indexOf('{/*')))));
}

function checkElement(node: MdxNode, add: Add) {
  const name = node.name ?? '';
  if (!isEditorComponent(name)) {
    add(node, say.componentNotAllowed(name, EDITOR_COMPONENT_NAMES, didYouMean(name, EDITOR_COMPONENT_NAMES)));
    return;
  }
  const spec = EDITOR_COMPONENTS[name];
  const allowed: Record<string, { required: boolean; rule: string }> = spec.attributes;
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      add(node, say.attributesExpression(name));
      continue;
    }
    const key = attribute.name;
    const rule = allowed[key];
    if (!rule) {
      const attributes = Object.entries(allowed).map(([k, r]) => ({ name: k, required: r.required }));
      add(node, say.unknownAttribute(name, key, attributes));
      continue;
    }
    given.add(key);
    const value = attribute.value;
    if (typeof value !== 'string') {
      add(
        node,
        value && typeof value === 'object' ? say.attributeExpression(name, key) : say.attributeWithoutValue(name, key),
      );
      continue;
    }
    if (value.trim() === '') add(node, say.attributeEmpty(name, key));
    else if (rule.rule === 'url' && !['http', 'https'].includes(linkScheme(value) ?? ''))
      add(node, say.attributeNotWebAddress(name, key));
  }
  for (const [key, rule] of Object.entries(allowed))
    if (rule.required && !given.has(key)) add(node, say.attributeRequired(name, key, spec.example.split('\n')[0]));
  if (!spec.children && (node.children?.length ?? 0) > 0) add(node, say.componentTakesNoContent(name, spec.example));
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
  // A component left open is named, with its closing tag; the parser's note replaces the usual ways
  // out when it says how to write a comment (French words it anew).
  const unclosed = /^Expected a closing tag for `<([\w.]+)>`/.exec(reason)?.[1];
  return {
    line: match ? Number(match[1]) : undefined,
    message: unclosed ? say.mdxUnclosed(unclosed) : say.mdxSyntax(reason, note?.includes('comment') ? note : undefined),
  };
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
