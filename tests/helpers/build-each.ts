/**
 * Builds each content folder named on the command line in turn, in this one
 * process, with Astro's own `build()` (the function `astro build` calls), and
 * prints one JSON line per folder: `{ dir, built, message }`, where
 * `message` is the error the build stopped with.
 *
 * A test of many contents the build must refuse starts Astro once instead of
 * once per content: each `astro build` spends about 4 s of CPU loading Astro
 * before the content check stops it, and each further build here about half
 * a second. `tests/build/content-errors.test.ts` keeps the command itself,
 * with what it prints.
 *
 * Usage: node --import tsx tests/helpers/build-each.ts <outDir> <contentDir>...
 */
import { build } from 'astro';

const [outDir, ...dirs] = process.argv.slice(2);
for (const dir of dirs) {
  // What the site's configuration reads to know its content folder (src/lib/model/layout.ts).
  process.env.ATLAS_CONTENT_DIR = dir;
  let message = '';
  let built = true;
  try {
    await build({ root: process.cwd(), outDir, logLevel: 'silent' });
  } catch (error) {
    built = false;
    message = error instanceof Error ? error.message : String(error);
  }
  process.stdout.write(`${JSON.stringify({ dir, built, message })}\n`);
}
