/**
 * `npm run check`: validates every file under content/ and prints each
 * problem as `file:line: field: problem — how to fix`. Exits 1 on any problem.
 */
import { resolve } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/model/check';
import { contentDir } from '../src/lib/model/layout';

const { problems, counts } = checkContent(contentDir(), resolve('.'));
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log(
  `Content is valid: ${counts.cases} cases, ${counts.practices} practices, ${counts.organizations} organisations, ${counts.programmes} programmes, ${counts.people} people, ${counts.themes} themes.`,
);
