/**
 * `npx tsx scripts/generate-fixtures.ts [cases] [folder] [seed]`: writes a
 * folder of synthetic but valid content (default: 100 cases, in a new folder
 * under the system's temporary folder) and prints where it is. Build the site
 * from it with `ATLAS_CONTENT_DIR=<folder> npm run build`. Never write it into
 * `content/`: synthetic cases must not reach the published site.
 */
import { resolve } from 'node:path';
import { generateFixtures } from './lib/generate';

const [casesArg, dirArg, seedArg] = process.argv.slice(2);
const cases = Number(casesArg ?? 100);
if (!Number.isInteger(cases) || cases < 2) {
  console.error('Usage: tsx scripts/generate-fixtures.ts [cases ≥ 2] [folder] [seed]');
  process.exit(2);
}
const dir = dirArg ? resolve(dirArg) : undefined;
const published = resolve('content');
if (dir && (dir === published || dir.startsWith(`${published}/`))) {
  console.error(`Refusing to write synthetic content into ${dir}: give a temporary folder.`);
  process.exit(2);
}
const generated = generateFixtures({ cases, dir, seed: seedArg ? Number(seedArg) : undefined });
const { counts } = generated;
console.log(
  `${counts.cases} cases, ${counts.practices} practices, ${counts.organizations} organisations, ${counts.programmes} programmes, ${counts.people} people, ${counts.themes} themes in\n${generated.dir}`,
);
