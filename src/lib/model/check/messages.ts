/**
 * How the content check speaks to editors: one problem per line, as
 * `file:line: field: problem — how to fix`, and zod's issues turned into
 * sentences an editor can act on.
 */
import type { z } from 'astro/zod';

/** One problem found in the content. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Line in the file, when known (1-based). */
  line?: number;
  /** Dotted path of the field (`financing.contributions.0.share`), or `file`. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Formats a problem the way editors read it: `file:line: field: problem`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;
}

/** Thrown by the build when the content has problems; lists them all. */
export class ContentError extends Error {
  problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** What an editor is told to do about a YAML syntax error, after the parser's own words. */
export const YAML_HINT = 'check the indentation (spaces, not tabs), and put in quotes any text that contains ": "';

/**
 * Turns a zod issue into a sentence an editor can act on. A message a schema
 * sets for itself (such as `localized`'s) wins over this one.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the schema, or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return 'is required but missing: add it';
      const received = Array.isArray(issue.input)
        ? 'a list'
        : issue.input instanceof Date
          ? 'a date'
          : typeof issue.input === 'object'
            ? 'a set of "key: value" pairs'
            : `a ${typeof issue.input}`;
      if (issue.expected === 'string' && issue.input instanceof Date)
        return 'should be text but YAML read a date: put it in quotes ("2019-03-01")';
      if (issue.expected === 'string' && typeof issue.input === 'object')
        return `should be text but YAML read ${received}: a text containing ": " or starting with a special character must be put in quotes`;
      if (issue.expected === 'object') return `should be a set of "key: value" pairs but is ${received}`;
      return `should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} but is ${received}`;
    }
    default:
      return undefined;
  }
}
