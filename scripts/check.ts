/**
 * `npm run check:content [-- --ui fr|en]`: validates every file under
 * content/ and prints each problem as `file:line: field: problem — how to
 * fix`. Exits 1 on any problem. The summary lines are in French or English
 * (`--ui`, else the system's language); `npm run check` also type-checks.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem } from '../src/lib/model/check';
import { contentDir } from '../src/lib/model/layout';
import { toolMessages } from '../src/lib/editors/messages';

const { values } = parseArgs({ options: { ui: { type: 'string' } } });
let say;
try {
  say = toolMessages(values.ui).check;
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const { problems, counts } = checkContent(contentDir(), resolve('.'));
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${say.problems(problems.length)}`);
  process.exit(1);
}
console.log(say.valid(counts));
