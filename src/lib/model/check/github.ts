/**
 * The content check's problems in the two forms a pull request on GitHub
 * shows: workflow commands (`::error file=…,line=…,title=…::…`), which GitHub
 * turns into annotations on the changed lines of the "Files changed" tab, and
 * a Markdown summary for the run's page and the pull request's comment, so
 * that a contributor who edited on the web sees what to fix where they
 * edited, without reading a log. `scripts/check-github.ts` prints both.
 */
import { formatProblem, type Problem } from './messages';

/** Marks the summary comment on a pull request, so that the next run updates it instead of adding another. */
export const SUMMARY_MARKER = '<!-- codev-atlas:content-check -->';

/**
 * A command's message, escaped as GitHub's runner expects (`%`, CR and LF),
 * so that a message on several lines stays one annotation.
 * @see https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property (file, title), escaped like the message plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One problem as an `::error` workflow command: an annotation on its file and line, titled with its field. */
export function annotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(problem.field)}`);
  return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
}

/** A table cell: a pipe would end the cell and a line break the row. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The Markdown summary of a check: a line saying the content is valid, or
 * the number of problems and a table of them (`file:line`, field, what to
 * do), all of them, since GitHub shows only the first annotations of a step.
 */
export function summary(problems: Problem[], counts?: { cases: number; practices: number }): string {
  const lines = [SUMMARY_MARKER, '### Content check', ''];
  if (problems.length === 0) {
    const what = counts ? ` (${counts.cases} cases, ${counts.practices} practices)` : '';
    lines.push(`✅ The content is valid${what}.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `❌ ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before the pull request can be merged. ` +
      'Each is also shown on its line in the "Files changed" tab; `npm run check` gives the same list.',
    '',
    '| Where | Field | Problem — how to fix |',
    '| --- | --- | --- |',
  );
  for (const p of problems)
    lines.push(`| \`${cell(`${p.file}${p.line ? `:${p.line}` : ''}`)}\` | \`${cell(p.field)}\` | ${cell(p.message)} |`);
  return `${lines.join('\n')}\n`;
}

/** The log lines of a check: each problem as an annotation command, then as `file:line: field: problem` for reading. */
export function logLines(problems: Problem[]): string[] {
  return [...problems.map(annotation), ...problems.map(formatProblem)];
}
