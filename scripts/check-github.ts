/**
 * `npm run check:github`: the content check for a pull request on GitHub
 * Actions. Prints each problem as an `::error` workflow command (an
 * annotation on its line in the pull request) and as `file:line: field:
 * problem`, and writes the Markdown summary to the run's page
 * (`$GITHUB_STEP_SUMMARY`) and, with `--summary <file>`, to a file the
 * workflow posts as the pull request's comment. Exits 1 on any problem, like
 * `npm run check`.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/model/check';
import { logLines, summary } from '../src/lib/model/check/github';
import { contentDir } from '../src/lib/model/layout';

const { values } = parseArgs({ options: { summary: { type: 'string' } } });
const { problems, counts } = checkContent(contentDir(), resolve('.'));
const markdown = summary(problems, counts);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
if (values.summary) writeFileSync(values.summary, markdown);
for (const line of logLines(problems)) console.log(line);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log(`Content is valid: ${counts.cases} cases, ${counts.practices} practices.`);
