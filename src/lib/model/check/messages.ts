/**
 * How the content check speaks to editors: one problem per line, as
 * `file:line: field: problem — how to fix`, and zod's issues turned into
 * sentences an editor can act on. The words themselves, in English and
 * French, are in `wording.ts`.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../../editors/did-you-mean';
import { MESSAGES, type ToolLang } from '../../editors/messages';
import { problemLang, say } from './wording';

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

/** Thrown by the build when the content has problems; lists them all, in the language of the check. */
export class ContentError extends Error {
  problems: Problem[];
  constructor(problems: Problem[], lang: ToolLang = 'en') {
    super([MESSAGES[lang].check.buildStopped(problems.length), ...problems.map(formatProblem)].join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** What zod calls the type of a value YAML read, as `wrongType` names it. */
function typeOf(input: unknown): string {
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  return typeof input;
}

/**
 * What to say of a number written as text: `"70"` in quotes, `70%` or `70 %`
 * (the unit is said elsewhere) has its number given back; a comma may be a
 * decimal or a thousands separator (`1,623`), so that number is left to the editor.
 */
function numberButText(text: string): string {
  const bare = text.replace(/[\s\u00a0\u202f]*%$/, '').trim();
  return say.numberButText(text, /^-?\d+(?:\.\d+)?$/.test(bare) ? bare : undefined);
}

/** zod's own messages in French, for the rare issues that `describeIssue` leaves to zod. */
const zodFrench = z.locales.fr().localeError;

/**
 * Turns a zod issue into a sentence an editor can act on, in the language of
 * the check under way. A message a schema sets for itself (such as
 * `localized`'s) wins over this one. What is left (a number out of bounds, a
 * list too short without a message of its own) keeps zod's own words, from
 * zod's French locale when the check speaks French.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return say.unknownFields(issue.keys);
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return say.required();
      if (issue.expected === 'string' && issue.input instanceof Date) return say.textButDate();
      if (issue.expected === 'number' && typeof issue.input === 'string') return numberButText(issue.input);
      if (issue.expected === 'string' && typeof issue.input === 'object')
        return say.textButStructure(typeOf(issue.input));
      return say.wrongType(issue.expected, typeOf(issue.input));
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (typeof issue.input !== 'string' || values.length < 2) break;
      return say.notOneOf(issue.input, values, didYouMean(issue.input, values));
    }
  }
  if (problemLang() === 'en') return undefined;
  const french = zodFrench?.(issue);
  return typeof french === 'string' ? french : french?.message;
}
