/**
 * `npm run report [-- --out file.md] [--ui fr|en]`: the editors' report
 * (what is left to do on each case study and practice, most pressing
 * first), printed as Markdown and written to a file, `editorial-report.md`
 * unless `--out` says otherwise, in French or English (`--ui`, else the
 * system's language). It reads the content folder (ATLAS_CONTENT_DIR or
 * content/) and the repository's history, to find translations whose
 * original changed after them.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/model/layout';
import { editorialReport } from '../src/lib/editors/report';
import { MESSAGES } from '../src/lib/editors/messages';
import { checkContent } from '../src/lib/model/check';
import { committedOn } from '../src/lib/model/translation-status';
import { toolArgs } from './lib/tool-args';

const { values, lang } = toolArgs(
  'npm run report',
  { options: { out: { type: 'string', default: 'editorial-report.md' }, ui: { type: 'string' } } },
  (lang) => `${MESSAGES[lang].usage.heading} npm run report [-- --out file.md] [--ui fr|en]`,
);
const messages = MESSAGES[lang];
const root = resolve('.');
const markdown = editorialReport(checkContent(contentDir(), root, { lang }), new Date().toISOString().slice(0, 10), {
  root,
  committedOn,
  messages,
});
process.stdout.write(markdown);
writeFileSync(values.out, markdown);
console.error(`\n${messages.report.written(values.out)}`);
