/**
 * html-validate over many files in worker threads, one per core: validating
 * every page of the build is CPU-bound, and one thread leaves the other core
 * idle. The configuration is given whole (the project's `.htmlvalidate.json`),
 * so no file's folder is searched for another.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ConfigData, Result } from 'html-validate';

/**
 * A thread's code, run as a CommonJS script (a string, so that Vite cannot
 * rewrite it): html-validate from the path the test resolved, one validator
 * for the thread's share of the files, the results of invalid files sent back
 * as plain data.
 */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { HtmlValidate, StaticConfigLoader } = require(workerData.library);
// Every file gets the same configuration: resolved once, not once per file (its element table alone
// took a third of the validation), as html-validate's loaders would (the static one caches nothing, the
// file-system one caches per folder, and each page of the site has its own).
class OnceConfigLoader extends StaticConfigLoader {
  getConfigFor(handle, override) {
    return override ? super.getConfigFor(handle, override) : (this.resolved ??= super.getConfigFor(handle));
  }
}
const validator = new HtmlValidate(new OnceConfigLoader(workerData.config));
(async () => {
  const results = [];
  for (const file of workerData.files) {
    const report = await validator.validateFile(file);
    if (!report.valid) results.push(...report.results);
  }
  // Plain data: the results also hold functions (rule fixers), which a thread cannot send.
  parentPort.postMessage(JSON.parse(JSON.stringify(results)));
})();
`;

/** The html-validate results of every invalid file among `files`, validated in `threads` threads. */
export async function validateFiles(
  files: string[],
  config: ConfigData,
  threads = availableParallelism(),
): Promise<Result[]> {
  const library = createRequire(import.meta.url).resolve('html-validate');
  const count = Math.max(1, Math.min(threads, files.length));
  const shares = Array.from({ length: count }, (_, i) => files.filter((_, j) => j % count === i));
  const found = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Result[]>((resolve, reject) => {
          const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { library, config, files: share } });
          worker.once('message', (results: Result[]) => {
            resolve(results);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`an html-validate thread stopped (exit code ${code})`)));
        }),
    ),
  );
  return found.flat();
}
