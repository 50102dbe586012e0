/**
 * The citation thread's code: formats one citation per message with
 * citeproc, exactly as `citeproc()` in `cite.ts` does on the main thread.
 * `citeproc-thread.ts` starts it as a worker thread.
 *
 * Node runs this file itself (it strips the TypeScript types; see
 * `engines` in package.json), not the build's bundler: the build bundles the
 * pages' code into chunks elsewhere, while a worker needs a file of its own.
 * It is therefore found through the package's `#citeproc-worker` import
 * (package.json `imports`), and imports nothing but Node and citation-js.
 * @see https://nodejs.org/api/typescript.html#type-stripping
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parentPort, workerData } from 'node:worker_threads';
import type { CiteprocRequest } from './cite';

/** What the thread is started with: the CSL styles citation-js does not ship (`EXTRA_STYLES`). */
export interface CiteprocWorkerData {
  styles: Record<string, string>;
}

/** A request to format, under an id the reply repeats. */
export interface CiteprocMessage {
  id: number;
  request: CiteprocRequest;
}

/** citeproc's HTML for the request, or why it could not format it. */
export type CiteprocReply = { id: number; html: string } | { id: number; error: string };

if (!parentPort) throw new Error('citeproc-worker.ts runs as a worker thread, started by citeproc-thread.ts');
const port = parentPort;

const { styles } = workerData as CiteprocWorkerData;
const registered = plugins.config.get('@csl').styles;
for (const [name, xml] of Object.entries(styles)) if (!registered.has(name)) registered.add(name, xml);

port.on('message', ({ id, request }: CiteprocMessage) => {
  let reply: CiteprocReply;
  try {
    const { item, template, locale } = request;
    reply = { id, html: new Cite(item).format('bibliography', { template, lang: locale, format: 'html' }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
