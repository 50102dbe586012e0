/**
 * Each file against its collection's zod schema (`src/schemas/`), the same
 * schemas the build uses, with every issue recorded at its field's line.
 */
import type { z } from 'astro/zod';
import { describeIssue } from './messages';
import { getIn, type Parsed, type Problems } from './read';

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
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    problems.add(parsed, path.length ? path.join('.') : 'file', issue.message, path);
  }
  return undefined;
}

/**
 * The valid entries of a file collection. The map has every slug found,
 * valid or not, so that one bad file does not also report every reference to it.
 */
export type Collected<T> = Map<string, { value: T; parsed: Parsed } | undefined>;
