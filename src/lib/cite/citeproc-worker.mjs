// @ts-check
/**
 * The citation thread's code: formats one citation per message with
 * citeproc, exactly as `citeproc()` in `cite.ts` does on the main thread.
 * `citeproc-thread.ts` starts it as a worker thread.
 *
 * Node runs this file as it is, not the build's bundler: the build bundles
 * the pages' code into chunks elsewhere, while a worker needs a file of its
 * own. It is JavaScript with JSDoc types, type-checked (`@ts-check`) and
 * linted with the rest, so that every supported Node version runs it without
 * a TypeScript loader. It is found through the package's `#citeproc-worker`
 * import (package.json `imports`), and imports nothing but Node and
 * citation-js. The messages' types are in `citeproc-thread.ts`.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * @typedef {import('./citeproc-thread').CiteprocWorkerData} CiteprocWorkerData
 * @typedef {import('./citeproc-thread').CiteprocMessage} CiteprocMessage
 * @typedef {import('./citeproc-thread').CiteprocReply} CiteprocReply
 */

if (!parentPort) throw new Error('citeproc-worker.mjs runs as a worker thread, started by citeproc-thread.ts');
const port = parentPort;

const { styles } = /** @type {CiteprocWorkerData} */ (workerData);
const registered = plugins.config.get('@csl').styles;
for (const [name, xml] of Object.entries(styles)) if (!registered.has(name)) registered.add(name, xml);

port.on('message', (/** @type {CiteprocMessage} */ { id, request }) => {
  /** @type {CiteprocReply} */
  let reply;
  try {
    const { item, template, locale } = request;
    reply = { id, html: new Cite(item).format('bibliography', { template, lang: locale, format: 'html' }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
