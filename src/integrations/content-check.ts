/**
 * Checks the content with the validator of `npm run check` and shows every
 * problem with its file, line and field (`file:line: field: problem — fix`).
 *
 * `astro build` (and `astro sync`) stop before anything is rendered. The dev
 * server keeps running instead, so that an editor sees what to fix where
 * they look: the terminal prints the problems, and while there are any, every
 * page answers with a page that lists them rather than rendering from
 * content the pages cannot trust (a broken reference would crash a page half
 * way). When a content file changes the check runs again; once the content
 * is fixed the terminal says so and open pages reload by themselves.
 *
 * The problems, and the lines around them, are in the language of the
 * editors' tools: French when the system's language is (the first of
 * LC_ALL, LC_MESSAGES and LANG set starts with `fr`), English otherwise, as
 * in CI.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { historyOf } from '../lib/model/history';
import { contentDir } from '../lib/model/layout';
import { checkContent, ContentError, formatProblem, type Problem } from '../lib/model/check';
import { PROBLEMS } from '../lib/model/check/wording';
import { MESSAGES, toolLang, type ToolLang } from '../lib/editors/messages';

/**
 * The content check as an Astro integration: first in the list, so that a
 * build stops before any other integration or page reads the content.
 */
export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  const lang = toolLang(undefined);
  return {
    name: 'codev-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        root = fileURLToPath(config.root);
        // The dev server checks when it sets up (below), and keeps serving whatever it finds.
        if (command === 'dev') return;
        const { problems } = checkContent(contentDir(), root, { lang });
        if (problems.length > 0) throw new ContentError(problems, lang);
      },
      // Pages list their versions from the repository's history; say so when a build has none to read.
      'astro:build:start': ({ logger }) => {
        const history = historyOf(contentDir());
        if (!history.available) logger.warn(`No version history on the pages: ${history.reason}.`);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        watchContent(server, logger, root, lang, refreshContent && (() => refreshContent({})));
      },
    },
  };
}

/** How long the check waits for a burst of file events (an editor saving, `git checkout`) to end. */
const SETTLE_MS = 100;

/**
 * Runs the check now and whenever a file of the content folder changes,
 * prints the result when it changes, and answers page requests with the list
 * of problems while there are any.
 */
function watchContent(
  server: ViteDevServer,
  logger: AstroIntegrationLogger,
  root: string,
  lang: ToolLang,
  refreshContent: (() => Promise<void>) | undefined,
): void {
  const dir = contentDir();
  let problems = check(dir, root, lang);
  report(problems, logger, [], lang);
  /**
   * Settles once the problems match the files on disk and, after a fix, once
   * Astro has reloaded the content: a page asked for in between waits, so
   * that it neither renders from a broken file nor shows problems already fixed.
   */
  let settled: Promise<void> = Promise.resolve();
  let settle: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;

  const recheck = async () => {
    timer = undefined;
    const before = problems;
    problems = check(dir, root, lang);
    if (!sameProblems(before, problems)) {
      report(problems, logger, before, lang);
      if (problems.length === 0)
        await refreshContent?.().catch((error: unknown) =>
          logger.error(`Astro could not reload the content: ${error instanceof Error ? error.message : String(error)}`),
        );
      // Open pages load again: the list of problems, or the page itself once they are fixed.
      server.ws.send({ type: 'full-reload', path: '*' });
    }
    // A file changed again meanwhile: pages wait for that check too.
    if (timer) return;
    settle?.();
    settle = undefined;
  };

  /** Checks again after `delay` ms; pages asked for meanwhile wait for it. */
  const schedule = (delay: number) => {
    if (!settle) settled = new Promise((resolve) => (settle = resolve));
    clearTimeout(timer);
    timer = setTimeout(() => void recheck(), delay);
  };

  server.watcher.add(dir);
  server.watcher.on('all', (_event, path) => {
    const inside = relative(dir, path);
    if (inside.startsWith('..') || isAbsolute(inside)) return;
    schedule(SETTLE_MS);
  });

  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!isPageRequest(req)) return next();
    // While there are problems, a page asked for checks the files again first: a fix the watcher
    // did not report (a change made while it was still starting, a shared or network folder) still
    // brings the pages back.
    if (problems.length > 0 && !settle) schedule(0);
    void settled.then(() => {
      if (problems.length === 0) return next();
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(problemsPage(problems, server.config.base, lang));
    });
  });
}

function check(dir: string, root: string, lang: ToolLang): Problem[] {
  try {
    return checkContent(dir, root, { lang }).problems;
  } catch (error) {
    // The validator reports what it can read; anything else is still a problem to show, not a crash.
    const message = error instanceof Error ? error.message : String(error);
    return [{ file: relative(root, dir) || '.', field: 'file', message: PROBLEMS.checkFailed[lang](message) }];
  }
}

function sameProblems(a: Problem[], b: Problem[]): boolean {
  return a.length === b.length && a.every((p, i) => formatProblem(p) === formatProblem(b[i]));
}

/** Prints the problems, or says that the content is fixed when there were some before. */
function report(problems: Problem[], logger: AstroIntegrationLogger, before: Problem[], lang: ToolLang): void {
  if (problems.length > 0) {
    logger.error([MESSAGES[lang].check.previewStopped(problems.length), ...problems.map(formatProblem)].join('\n'));
  } else if (before.length > 0) {
    logger.info('content OK');
  }
}

/**
 * A request for a page: a browser asking for HTML, or an address without a
 * file extension (`/fr/`), not the scripts, styles and images of a page nor
 * the dev server's own files.
 */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '/';
  if (url.startsWith('/@') || url.startsWith('/__') || url.includes('/node_modules/')) return false;
  const { pathname } = new URL(url, 'http://localhost');
  return (
    (req.headers.accept ?? '').includes('text/html') || !pathname.slice(pathname.lastIndexOf('/') + 1).includes('.')
  );
}

/** Text as the content of an HTML element. */
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page every page is replaced by while the content has problems; Vite's client reloads it once they are fixed. */
function problemsPage(problems: Problem[], base: string, lang: ToolLang): string {
  const say = MESSAGES[lang].check;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    // No icon, so that the browser does not ask for /favicon.ico, which the site does not have.
    '<link rel="icon" href="data:,">',
    `<title>${say.pageTitle(problems.length)}</title>`,
    `<script type="module" src="${encodeURI(`${base}@vite/client`)}"></script>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}li{font-family:ui-monospace,monospace;white-space:pre-wrap;margin-block:.5rem}</style>',
    '</head>',
    '<body>',
    `<h1>${say.pageHeading(problems.length)}</h1>`,
    `<p>${say.pageHelp}</p>`,
    '<ul>',
    ...problems.map((p) => `<li>${escapeHtml(formatProblem(p))}</li>`),
    '</ul>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
