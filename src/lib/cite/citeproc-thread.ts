/**
 * Citations formatted in a worker thread. citeproc is the costliest step of
 * a case or practice page, and the garbage it leaves slows every later page
 * of a large build; in a thread of its own it runs on another core, in a
 * small heap of its own, while Astro renders other pages (the build renders
 * several pages at a time: `build.concurrency` in `astro.config.mjs`). The
 * thread's code is `citeproc-worker.mjs`; the result is the same as
 * `formatCitation`'s, which a test checks.
 *
 * The thread stops once it has been idle for a second, and the next citation
 * starts a new one: its heap (citeproc's engines and their caches) is then
 * given back before the search indexing runs beside the build, and an idle
 * `astro dev` does not keep it.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../schemas/common';
import {
  citationFrom,
  citeprocRequest,
  EXTRA_STYLES,
  type CitableWork,
  type Citation,
  type CitationStyle,
  type CiteprocRequest,
} from './cite';

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

interface Waiting {
  resolve: (html: string) => void;
  reject: (error: Error) => void;
}

/** How long the thread waits, idle, for another citation before it stops. */
const IDLE_MS = 1000;

let thread: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 0;

/** Rejects every waiting citation and lets the next request start a new thread. */
function fail(error: Error) {
  for (const w of waiting.values()) w.reject(error);
  waiting.clear();
  thread = undefined;
}

function start(): Worker {
  // The worker is a source file of its own, found by the package's name for it
  // (package.json `imports`): the build bundles this module elsewhere.
  const file = createRequire(import.meta.url).resolve('#citeproc-worker');
  const workerData: CiteprocWorkerData = { styles: EXTRA_STYLES };
  const worker = new Worker(file, { workerData });
  worker.on('message', (reply: CiteprocReply) => {
    const { id } = reply;
    const w = waiting.get(id);
    waiting.delete(id);
    // An idle thread must not keep the process alive, and stops if it stays idle.
    if (waiting.size === 0 && thread === worker) {
      worker.unref();
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void stop(worker), IDLE_MS).unref();
    }
    if ('html' in reply) w?.resolve(reply.html);
    else w?.reject(new Error(`citeproc could not format a citation: ${reply.error}`));
  });
  // A thread already replaced by a newer one must not fail the newer one's citations.
  worker.on('error', (error) => {
    if (thread === worker) fail(error instanceof Error ? error : new Error(String(error)));
  });
  worker.on('exit', (code) => {
    if (thread === worker) fail(new Error(`the citation thread stopped (exit code ${code})`));
  });
  worker.unref();
  return worker;
}

/** Stops this thread, unless it has already been replaced; a waiting citation makes it fail. */
async function stop(worker: Worker): Promise<void> {
  if (thread !== worker) return;
  clearTimeout(idleTimer);
  fail(new Error('the citation thread was stopped'));
  await worker.terminate();
}

function inThread(request: CiteprocRequest): Promise<string> {
  clearTimeout(idleTimer);
  thread ??= start();
  if (waiting.size === 0) thread.ref();
  const id = nextId++;
  const promise = new Promise<string>((resolve, reject) => waiting.set(id, { resolve, reject }));
  const message: CiteprocMessage = { id, request };
  thread.postMessage(message);
  return promise;
}

/** `formatCitation`, with citeproc in the worker thread. */
export async function formatCitationInThread(work: CitableWork, style: CitationStyle, lang: Lang): Promise<Citation> {
  return citationFrom(await inThread(citeprocRequest(work, style, lang)), work, lang);
}

/** Whether a citation thread is running (tests). */
export function citationThreadRunning(): boolean {
  return thread !== undefined;
}

/** Stops the thread now (tests); it otherwise stops after being idle for `IDLE_MS`. */
export async function stopCitationThread(): Promise<void> {
  if (thread) await stop(thread);
}
