/**
 * Reading the content folder for the check: every file is read once, through
 * the project's YAML reader, and every problem is recorded with the line of
 * its field rather than thrown, so that an editor sees them all at once.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isSeq, type Document } from 'yaml';
import { readYaml, splitFrontMatter, walk, type FileCollection, type FolderCollection } from '../layout';
import { SLUG } from '../../../schemas/common';
import { checkBodyCharacters, checkValues } from './characters';
import type { Problem } from './messages';
import { say } from './wording';

/** A file read for the check: its data, and what it takes to locate a field in it. */
export interface Parsed {
  /** Path of the file, relative to the root. */
  file: string;
  data: unknown;
  doc: Document;
  counter: { linePos(offset: number): { line: number } };
  /** Lines before the YAML starts (1 for the `---` of a text's front matter). */
  offset: number;
  /** The body of a text, after its front matter. */
  body?: string;
  /** The line of the file where the body starts. */
  bodyLine?: number;
}

type Path = (string | number)[];
type Range = { range?: [number, number, number] };

/** The problems found so far, and the reading that finds them. */
export class Problems {
  list: Problem[] = [];
  constructor(private root: string) {}

  /** A path as reported: relative to the root. */
  rel(path: string): string {
    return relative(this.root, path) || path;
  }

  /** Records a problem of a file, at the line of `path` when the file was read. */
  add(parsed: Parsed | string, field: string, message: string, path: Path = []) {
    if (typeof parsed === 'string') this.list.push({ file: parsed, field, message });
    else this.list.push({ file: parsed.file, line: lineOf(parsed, path), field, message });
  }

  /** Reads a YAML file or the front matter of a Markdown/MDX text. */
  read(path: string, text = readFileSync(path, 'utf8')): Parsed | undefined {
    const file = this.rel(path);
    if (text.trim() === '') {
      this.add(file, 'file', say.emptyFile());
      return undefined;
    }
    let yaml = text;
    let offset = 0;
    let body: string | undefined;
    let bodyLine: number | undefined;
    if (path.endsWith('.mdx') || path.endsWith('.md')) {
      if (text.startsWith('\uFEFF')) {
        this.list.push({
          file,
          line: 1,
          field: 'file',
          message: say.byteOrderMark(),
        });
        text = text.slice(1);
      }
      const parts = splitFrontMatter(text);
      if (!parts) {
        this.add(file, 'front matter', say.frontMatterMissing());
        return undefined;
      }
      ({ frontMatter: yaml, body, offset } = parts);
      bodyLine = text.slice(0, text.length - body.length).split('\n').length;
    }
    const { data, error, doc, counter } = readYaml(yaml);
    if (error) {
      this.list.push({
        file,
        line: error.line ? error.line + offset : undefined,
        field: 'YAML',
        message: say.yamlSyntax(error.message),
      });
      return undefined;
    }
    const parsed: Parsed = { file, data, doc, counter, offset, body, bodyLine };
    checkValues(this, parsed, yaml);
    if (bodyLine !== undefined) checkBodyCharacters(this, parsed, bodyLine);
    return parsed;
  }

  /** Reads a file that must exist, or records that it is missing. */
  readRequired(path: string, missing: string): Parsed | undefined {
    try {
      return this.read(path);
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'ENOENT') throw thrown;
      this.add(this.rel(path), 'file', missing);
      return undefined;
    }
  }

  /** The entries of a collection whose names are valid, unique slugs. */
  entries(root: string, collection: FolderCollection | FileCollection): { slug: string; path: string }[] {
    const seen = new Map<string, string>();
    return walk(root, collection).filter(({ slug, path }) => {
      if (!SLUG.test(slug)) {
        this.add(this.rel(path), 'slug', say.invalidSlug(slug));
        return false;
      }
      const twin = seen.get(slug);
      if (twin) {
        this.add(this.rel(path), 'slug', say.duplicateSlug(slug, this.rel(twin)));
        return false;
      }
      seen.set(slug, path);
      return true;
    });
  }
}

/** Locates the line of a field in a parsed file, falling back to its parent. */
function lineOf(parsed: Parsed, path: Path): number | undefined {
  const { doc, counter } = parsed;
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Range | undefined;
    const keyNode = n > 0 ? findKey(doc, path.slice(0, n)) : undefined;
    const start = keyNode?.range?.[0] ?? node?.range?.[0];
    if (start !== undefined && (n > 0 || path.length === 0)) return counter.linePos(start).line + parsed.offset;
  }
  return undefined;
}

function findKey(doc: Document, path: Path): Range | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === last);
    return pair?.key as Range | undefined;
  }
  if (isSeq(parent) && typeof last === 'number') return parent.items[last] as Range;
  return undefined;
}

/** The value at `path` in parsed YAML. */
export function getIn(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

/** Every string in parsed YAML, with its path. */
export function stringsIn(data: unknown, path: Path = []): { path: Path; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => stringsIn(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([key, value]) => stringsIn(value, [...path, key]));
  return [];
}
