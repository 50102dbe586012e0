/**
 * `npm run report [-- --out file.md]`: the editors' report (what is left to
 * do on each case study and practice), printed as Markdown and written to a
 * file, `editorial-report.md` unless `--out` says otherwise. It reads the
 * content folder (ATLAS_CONTENT_DIR or content/).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/model/layout';
import { editorialReport } from '../src/lib/editors/report';
import { checkContent } from '../src/lib/model/check';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'editorial-report.md' } } });
const markdown = editorialReport(checkContent(contentDir(), resolve('.')), new Date().toISOString().slice(0, 10));
process.stdout.write(markdown);
writeFileSync(values.out, markdown);
console.error(`\nWritten to ${values.out}.`);
