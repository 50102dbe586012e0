/**
 * Each file against its collection's zod schema (`src/schemas/`), the same
 * schemas the build uses, with every issue recorded at its field's line.
 */
import type { z } from 'astro/zod';
import { isMap, isScalar } from 'yaml';
import { didYouMean } from '../../editors/did-you-mean';
import { describeIssue } from './messages';
import { getIn, type Parsed, type Problems } from './read';
import { say } from './wording';

/** Validates a file's data (or the part at `prefix`) against a schema; the value when valid. */
export function validate<T>(
  problems: Problems,
  parsed: Parsed,
  schema: z.ZodType<T>,
  prefix: (string | number)[] = [],
): T | undefined {
  const result = schema.safeParse(prefix.length ? getIn(parsed.data, prefix) : parsed.data, {
    reportInput: true,
    error: describeIssue,
  });
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    issue,
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
  }));
  // The required fields missing from each object, by the object's path: an unknown key beside one
  // is most often that field misspelt (`summery:`), and gets one problem instead of two.
  const missing = new Map<string, string[]>();
  for (const { issue, path } of issues)
    if (issue.code === 'invalid_type' && issue.input === undefined && typeof path.at(-1) === 'string') {
      const parent = path.slice(0, -1).join('.');
      missing.set(parent, [...(missing.get(parent) ?? []), String(path.at(-1))]);
    }
  // A comma in a one-line { … } splits a text in two: one problem, on the text's own field.
  const split = new Set<string>();
  const unknown = issues.flatMap(({ issue, path }) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => unknownKey(parsed, path, key, missing.get(path.join('.')) ?? []))
      : [],
  );
  for (const found of unknown) if (found.split || found.meant) split.add(found.meant ?? found.field);
  for (const { issue, path } of issues) {
    if (issue.code === 'unrecognized_keys' || split.has(path.join('.'))) continue;
    problems.add(parsed, path.length ? path.join('.') : 'file', issue.message, path);
  }
  for (const { field, message, path } of unknown) problems.add(parsed, field, message, path);
  return undefined;
}

/**
 * The valid entries of a file collection. The map has every slug found,
 * valid or not, so that one bad file does not also report every reference to it.
 */
export type Collected<T> = Map<string, { value: T; parsed: Parsed } | undefined>;

/**
 * What to say about an unknown key, at the key's own line. A key a letter or
 * two away from a required field that is missing beside it (`missing`) is
 * that field misspelt: the problem names it (`meant`, the field's path). In a
 * one-line `{ fr: 6,000 residents }` the comma ends the text, and what
 * follows reads as a key of its own: the editor is told to put the text in
 * quotes, on the text's field, rather than to fix a spelling.
 */
function unknownKey(
  parsed: Parsed,
  path: (string | number)[],
  key: string,
  missing: string[],
): { field: string; message: string; path: (string | number)[]; split?: boolean; meant?: string } {
  const at = [...path, key];
  const meant = didYouMean(key, missing);
  const spelling = {
    field: at.join('.'),
    message: meant ? say.misspelledField(key, meant) : say.unknownFields([key]),
    path: at,
    meant: meant && [...path, meant].join('.'),
  };
  const map = path.length ? parsed.doc.getIn(path, true) : parsed.doc.contents;
  if (!isMap(map) || !map.flow) return spelling;
  const index = map.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === key);
  const pair = map.items[index];
  const before = map.items[index - 1];
  const empty = pair && (pair.value === null || (isScalar(pair.value) && pair.value.value === null));
  if (!empty || !before || !isScalar(before.key) || !isScalar(before.value)) return spelling;
  const field = String(before.key.value);
  const cut = String(before.value.value);
  return {
    field: [...path, field].join('.'),
    message: say.commaInOneLineText(cut, key, field),
    path: [...path, field],
    split: true,
  };
}
