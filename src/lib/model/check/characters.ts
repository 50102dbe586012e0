/**
 * What YAML and Markdown let through but a reader would see wrong: invisible
 * characters that reorder or hide text, and dates that do not exist (the YAML
 * reader rolls `2019-02-30` over to 2 March without a word).
 */
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { calendarProblem } from '../../../schemas/common';
import type { Parsed, Problems } from './read';
import { say, type InvisibleFound } from './wording';

/**
 * Characters that have no place in the atlas's text: the bidirectional
 * embeddings, overrides and isolates, which reorder what readers see and
 * travel into the feed, the data and the citation files, and the zero-width
 * characters, which hide inside words and break search. The right-to-left
 * and left-to-right marks (U+200E, U+200F, U+061C) and the zero-width
 * (non-)joiners stay allowed: Arabic text uses them.
 * @see https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 */
export const INVISIBLE_CHARACTERS: Record<string, string> = {
  '\u200B': 'ZERO WIDTH SPACE',
  '\u2060': 'WORD JOINER',
  '\u2061': 'FUNCTION APPLICATION',
  '\u2062': 'INVISIBLE TIMES',
  '\u2063': 'INVISIBLE SEPARATOR',
  '\u2064': 'INVISIBLE PLUS',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
};
const INVISIBLE = new RegExp(`[${Object.keys(INVISIBLE_CHARACTERS).join('')}]`, 'gu');

/** The invisible characters found in a text, each with its code point, its name and its position (from 1). */
function invisibleFound(found: RegExpMatchArray[]): InvisibleFound[] {
  return found.map((match) => ({
    code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    name: INVISIBLE_CHARACTERS[match[0]],
    at: match.index! + 1,
  }));
}

type Path = (string | number)[];

/** Every scalar value of a YAML document, with its path. */
function scalarsIn(node: unknown, path: Path = []): { path: Path; node: Scalar }[] {
  if (isScalar(node)) return [{ path, node }];
  if (isSeq(node)) return node.items.flatMap((item, i) => scalarsIn(item, [...path, i]));
  if (isMap(node))
    return node.items.flatMap((pair) => {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      return typeof key === 'string' || typeof key === 'number' ? scalarsIn(pair.value, [...path, key]) : [];
    });
  return [];
}

/**
 * Checks the values of a file read as YAML: invisible characters in any text,
 * and unquoted dates that do not exist (quoted ones are refused by the
 * schemas, with the same words).
 */
export function checkValues(problems: Problems, parsed: Parsed, yaml: string): void {
  for (const { path, node } of scalarsIn(parsed.doc.contents)) {
    const field = path.join('.') || 'file';
    const { value } = node;
    if (value instanceof Date && node.range) {
      const written = yaml.slice(node.range[0], node.range[1]).trim();
      const problem = calendarProblem(written.slice(0, 10));
      if (problem) problems.add(parsed, field, problem, path);
    }
    const found = typeof value === 'string' ? [...value.matchAll(INVISIBLE)] : [];
    if (found.length) problems.add(parsed, field, say.invisibleCharacters(invisibleFound(found), 'character'), path);
  }
}

/** Checks the body of a text for invisible characters, line by line; `firstLine` is the body's line in the file. */
export function checkBodyCharacters(problems: Problems, parsed: Parsed, firstLine: number): void {
  (parsed.body ?? '').split('\n').forEach((line, i) => {
    const found = [...line.matchAll(INVISIBLE)];
    if (found.length)
      problems.list.push({
        file: parsed.file,
        line: firstLine + i,
        field: 'body',
        message: say.invisibleCharacters(invisibleFound(found), 'column'),
      });
  });
}
