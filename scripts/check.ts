/**
 * `npm run check:content [-- --ui fr|en]`: validates every file under
 * content/ and prints each problem as `file:line: field: problem — how to
 * fix`. Exits 1 on any problem. The problems and the summary are in French
 * or English (`--ui`, else the system's language); `npm run check` also
 * type-checks.
 */
import { resolve } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/model/check';
import { contentDir } from '../src/lib/model/layout';
import { MESSAGES } from '../src/lib/editors/messages';
import { toolArgs } from './lib/tool-args';

const { lang } = toolArgs(
  'npm run check:content',
  { options: { ui: { type: 'string' } } },
  (lang) => `${MESSAGES[lang].usage.heading} npm run check:content [-- --ui fr|en]`,
);
const say = MESSAGES[lang].check;
const { problems, counts } = checkContent(contentDir(), resolve('.'), { lang });
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${say.problems(problems.length)}`);
  process.exit(1);
}
console.log(say.valid(counts));
