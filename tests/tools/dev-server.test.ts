/**
 * `npm run dev` on content with a problem, when it starts or when a file
 * changes while it runs: the server stays up, the terminal and every page
 * show the message of `npm run check` (`file:line: field: problem — fix`),
 * and once the file is fixed the pages come back without restarting the
 * server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockAstro } from '../helpers/astro-lock';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { cmsConfig } from '../../src/lib/editors/cms-config';
import { EDITOR_CSP_META } from '../../src/lib/site/csp';
import { buildEnv, IN_ENGLISH } from '../helpers/cli';
import { invalidContent, invalidFixtures, layInvalid, VALID } from '../helpers/fixtures';

const CASE = 'cases/example-diaspora/case.fr.mdx';
const CASE_PAGE = '/fr/cases/example-diaspora/';
const RENDER_TIMEOUT = 90_000;

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Asks `until` every 200 ms until it returns a value, for at most `timeout`
 * ms; `context` tells what to show when it gives up (the server's last words).
 */
async function poll<T>(
  what: string,
  until: () => T | undefined | Promise<T | undefined>,
  timeout: number,
  context: () => string = () => '',
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await until();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`gave up after ${timeout} ms waiting for ${what}\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What the dev server printed, without the lines of the requests a test repeats while it waits. */
const serverLog = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.trim() && !/\[404\]|getStaticPaths|Possible dynamic routes/.test(line))
    .join('\n')
    .slice(-6000);

/**
 * `astro dev` on a copy of the valid fixture with the invalid fixture `name`
 * laid over it, started before the tests of the enclosing `describe` and
 * stopped after them.
 */
function devServerOn(name: string) {
  const dev = {
    dir: '',
    origin: '',
    /** What the server printed so far, on both streams. */
    output: '',
    process: undefined as ChildProcess | undefined,
    /** A page as a browser asks for it; undefined while the server does not answer. */
    page: (path: string) =>
      fetch(`${dev.origin}${path}`, { headers: { Accept: 'text/html' } })
        .then(async (response) => ({ status: response.status, html: await response.text() }))
        .catch(() => undefined),
    /** The page once it renders, after a fix (a page's first render in the dev server compiles its modules: seconds). */
    rendered: (path: string) =>
      poll(
        `${path} to render`,
        async () => {
          const response = await dev.page(path);
          return response?.status === 200 ? parse(response.html) : undefined;
        },
        RENDER_TIMEOUT,
        () => `astro dev printed:\n${serverLog(dev.output)}`,
      ),
    running: () => dev.process?.exitCode === null,
  };

  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    release = await lockAstro();
    dev.dir = invalidContent(name);
    const port = await freePort();
    dev.origin = `http://localhost:${port}`;
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
      env: buildEnv({ ...IN_ENGLISH, ATLAS_CONTENT_DIR: dev.dir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.process = child;
    child.stdout.on('data', (chunk: Buffer) => (dev.output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (dev.output += chunk.toString()));
    await poll(
      'the dev server to listen',
      async () => {
        if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${dev.output}`);
        return dev.page('/fr/');
      },
      120_000,
    );
    // Waiting for another test's build to let go of the lock, then starting.
  }, 900_000);

  afterAll(async () => {
    const child = dev.process;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    await release?.();
  });

  return dev;
}

/** The problems each of `paths` lists instead of rendering, after checking it answers as an error. */
async function listedProblems(dev: ReturnType<typeof devServerOn>, paths: string[]): Promise<string[][]> {
  const lists: string[][] = [];
  for (const path of paths) {
    const response = await dev.page(path);
    expect(response?.status, path).toBe(500);
    lists.push(
      parse(response!.html)
        .querySelectorAll('li')
        .map((li) => li.textContent),
    );
  }
  return lists;
}

// One server for both slips, so that it is started once: content Astro's own schema refuses when the
// server starts, then a broken reference written while it runs.
describe('the dev server', () => {
  const dev = devServerOn('unknown-kind');

  it('starts on content that Astro’s own schema refuses and shows the message of npm run check instead of a stack trace', async () => {
    const messages = checkContent(dev.dir, process.cwd()).problems.map(formatProblem);
    expect(messages).toEqual([expect.stringMatching(/case\.fr\.mdx:6: kind: kind must be "diaspora"/)]);
    expect(await listedProblems(dev, ['/fr/', CASE_PAGE])).toEqual([messages, messages]);
    expect(dev.output).toContain(messages[0]);
    expect(dev.output).not.toMatch(/Stack trace/);
    expect(dev.running()).toBe(true);
  });

  it('loads the collection again once the file is fixed', { timeout: RENDER_TIMEOUT + 30_000 }, async () => {
    copyFileSync(join(VALID, CASE), join(dev.dir, CASE));
    const page = await dev.rendered(CASE_PAGE);
    expect(page.querySelector('h1')?.textContent.trim()).toBe('Cas exemple diaspora');
    expect(dev.running()).toBe(true);
  });

  it('checks a file again when it changes: a broken reference shows in the terminal and in every page', async () => {
    const expected = invalidFixtures().find((f) => f.name === 'unknown-organization')!.expected;
    const message = `${relative(process.cwd(), join(dev.dir, expected.file))}:19: ${expected.field}: ${expected.message}`;
    expect(message).toMatch(
      /case\.fr\.mdx:19: actors\.1\.organization: unknown organisation "example-agancy": did you mean "example-agency"\? If not, create /,
    );
    const before = dev.output.length;
    layInvalid(dev.dir, 'unknown-organization');
    const paths = ['/fr/', CASE_PAGE, '/en/organizations/'];
    await poll(
      'the pages to list the problem',
      async () => ((await dev.page('/fr/'))?.status === 500 ? true : undefined),
      RENDER_TIMEOUT,
    );
    expect(await listedProblems(dev, paths)).toEqual(paths.map(() => [message]));
    // A client that does not say it wants HTML gets the same page.
    expect(await fetch(`${dev.origin}/fr/`).then((response) => response.text())).toContain(`<li>${message}</li>`);
    expect(dev.output.slice(before)).toContain(message);
    expect(dev.running()).toBe(true);
  });

  it(
    'shows the pages again once that file is fixed, without a restart',
    { timeout: RENDER_TIMEOUT + 30_000 },
    async () => {
      const before = dev.output.length;
      copyFileSync(join(VALID, CASE), join(dev.dir, CASE));
      const page = await dev.rendered(CASE_PAGE);
      expect(page.querySelector('html')?.getAttribute('lang')).toBe('fr');
      expect(page.querySelector('h1')?.textContent.trim()).toBe('Cas exemple diaspora');
      await poll(
        'the terminal to say so',
        () => (dev.output.slice(before).includes('content OK') ? true : undefined),
        10_000,
      );
      expect(dev.running()).toBe(true);
    },
  );

  it('serves the web editor at /admin/, its script and the configuration made from the content as it is', async () => {
    const page = await fetch(`${dev.origin}/admin/`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    const doc = parse(await page.text());
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      EDITOR_CSP_META,
    );
    expect(doc.querySelector('link[rel="cms-config-url"]')?.getAttribute('href')).toBe('config.yml');
    const script = doc.querySelector('script[type="module"]')?.getAttribute('src');
    expect(script).toBeDefined();
    const code = await fetch(new URL(script!, `${dev.origin}/admin/`));
    expect(code.status).toBe(200);
    expect(code.headers.get('content-type')).toMatch(/javascript/);
    const config = await fetch(`${dev.origin}/admin/config.yml`).then((response) => response.text());
    expect(parseYaml(config)).toEqual(cmsConfig(dev.dir));
  });
});
