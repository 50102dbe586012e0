/**
 * `npm run bench`: the scale benchmark of DESIGN.md. For each size (100,
 * 1,000 and 10,000 cases; `BENCH_SIZES=100,1000` to choose), it generates
 * synthetic content in a temporary folder, builds and indexes the site from
 * it, and records wall and CPU seconds, peak memory of the build's process
 * tree, pages per second, the size of the output and of the Pagefind index,
 * and the bytes a visitor's Chromium transfers for a cold first query and
 * for later (warm) queries, through the compact index (tier 1) and through
 * Pagefind (tier 2), the time a phone on Fast 3G waits for its first
 * results, and the peak memory of each indexer over the French pages. The
 * same corpus as plain Markdown is built by
 * Hugo, when it is installed, for a time ratio. Results go to
 * `docs/benchmarks.json` and `docs/benchmarks.md`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { filesIn, parseYaml, splitFrontMatter, textFileName, walk } from '../src/lib/model/layout';
import { pagefindEnv } from '../src/integrations/pagefind';
import { entryPreviews } from '../src/lib/site/scale';
import { launchBrowser, throttle, timeInPage } from './lib/browser';
import { generateFixtures, type Generated } from './lib/generate';
import { serve } from './lib/serve';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map((s) => Number(s.trim()));
const WORK = process.env.BENCH_DIR ?? join(tmpdir(), 'atlas-bench');
const KEEP = process.env.BENCH_KEEP === '1';

/** What one measured command cost. */
interface Run {
  wallSeconds: number;
  cpuSeconds: number | null;
  /** Largest sum of the resident memory of the process and all its descendants, sampled every 100 ms. */
  peakTreeRssMB: number;
  /** Largest resident memory of any single process of the tree (from the kernel, via /usr/bin/time). */
  peakProcessRssMB: number | null;
  ok: boolean;
  output: string;
}

/** Every process below `root` (children, grandchildren…), from /proc. */
function tree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = parents.get(ppid) ?? [];
      list.push(Number(name));
      parents.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(parents.get(out[i]) ?? []));
  return out;
}

function rssKB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

const HAS_TIME = existsSync('/usr/bin/time');

/** Runs a command, sampling the memory of its process tree, and reports what it cost. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<Run> {
  const timeFile = join(WORK, `time-${process.pid}.txt`);
  const [cmd, argv] = HAS_TIME
    ? ['/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]]
    : [command, args];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
  child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
  let peak = 0;
  const timer = setInterval(() => {
    if (!child.pid) return;
    const total = tree(child.pid).reduce((sum, pid) => sum + rssKB(pid), 0);
    peak = Math.max(peak, total);
  }, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      let cpu: number | null = null;
      let maxRss: number | null = null;
      if (HAS_TIME && existsSync(timeFile)) {
        const line = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const [, user, sys, rss] = line.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user + sys;
        if (Number.isFinite(rss)) maxRss = rss / 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({
        wallSeconds: round(wall),
        cpuSeconds: cpu === null ? null : round(cpu),
        peakTreeRssMB: round(peak / 1024),
        peakProcessRssMB: maxRss === null ? null : round(maxRss),
        ok: code === 0,
        output,
      });
    });
  });
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Bytes and file count under a folder, and the number of HTML pages. */
function sizeOf(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        bytes += statSync(path).size;
        files++;
        if (entry.name.endsWith('.html')) pages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files, pages };
}

/** The queries of the search measurement: generic words of the prose, then place names (each in one case). */
function queries(generated: Pick<Generated, 'places'>): string[] {
  const { places } = generated;
  const at = (f: number) => places[Math.floor(f * (places.length - 1))].toLowerCase();
  return ['diaspora', 'formation', at(0.1), 'subventions publiques', at(0.5), 'entretien', at(0.9), 'comité de suivi'];
}

interface SearchBytes {
  /** Everything the search page transferred on a phone, from navigation to the first results (HTML, CSS, JS, index files, facets). */
  coldPageBytes: number;
  /** Of that, what search itself needed: its scripts and styles, the facet labels and the compact index's files. */
  coldSearchBytes: number;
  /** The same first query answered by Pagefind (the reader asked for excerpts): search code, facet labels and Pagefind's files, without the compact index's. */
  tier2ColdSearchBytes: number;
  /** Bytes of each later query once Pagefind answers. */
  tier2WarmBytes: number[];
  tier2WarmMedianBytes: number;
  /** On Fast 3G with a 4× slower processor: from submitting the header search of a case page to the first result on screen (compact index). */
  fast3gFirstResultsMs: number;
  /** The same for a later query typed into the open dialog. */
  fast3gLaterResultsMs: number;
  /** Then, in the same dialog, from asking for the passages where the words appear to Pagefind's results with them (tier 2: its script, WebAssembly, metadata, chunk and fragments). */
  fast3gTier2ResultsMs: number;
  /**
   * The same first query on a wide screen, where the search page opens with
   * its filters in view and so also loads Pagefind's filter indexes for the counts.
   */
  coldSearchWideBytes: number;
  /** Search bytes of each later query, typed in the same page. */
  warmBytes: number[];
  warmMedianBytes: number;
  warmMaxBytes: number;
  queries: string[];
  /** The facet labels file, raw and gzipped. */
  facetsJsonBytes: number;
  facetsJsonGzipBytes: number;
}

/** Measures in Chromium the bytes transferred by searches on the built site. */
export async function searchBytes(outDir: string, generated: Pick<Generated, 'places'>): Promise<SearchBytes> {
  const site = await serve(outDir);
  const browser = await launchBrowser();
  try {
    const phone = await visitSearch(browser, site.url, generated, { width: 375, height: 740 });
    const tier2 = await visitSearch(browser, site.url, generated, { width: 375, height: 740 }, true, true);
    const wide = await visitSearch(browser, site.url, generated, { width: 1280, height: 800 }, false);
    const fast3g = await fast3gTimes(browser, site.url, generated);
    const facets = readFileSync(join(outDir, 'fr', 'search', 'facets.json'));
    const sorted = [...phone.warmBytes].sort((a, b) => a - b);
    const sorted2 = [...tier2.warmBytes].sort((a, b) => a - b);
    return {
      coldPageBytes: phone.coldPageBytes,
      coldSearchBytes: phone.coldSearchBytes,
      tier2ColdSearchBytes: tier2.coldSearchBytes,
      tier2WarmBytes: tier2.warmBytes,
      tier2WarmMedianBytes: sorted2[Math.floor(sorted2.length / 2)],
      fast3gFirstResultsMs: fast3g.first,
      fast3gLaterResultsMs: fast3g.later,
      fast3gTier2ResultsMs: fast3g.tier2,
      coldSearchWideBytes: wide.coldSearchBytes,
      warmBytes: phone.warmBytes,
      warmMedianBytes: sorted[Math.floor(sorted.length / 2)],
      warmMaxBytes: sorted[sorted.length - 1],
      queries: queries(generated),
      facetsJsonBytes: facets.length,
      facetsJsonGzipBytes: gzipSync(facets, { level: 9 }).length,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * The phone audit's measure, timed by the page itself: on a case page
 * loaded on Fast 3G, from the tap into the header search box (where search
 * starts loading) with the first query typed at once and submitted, to the
 * frame that shows its first result; then from typing a later query into
 * the dialog to the frame with its results (200 ms of it is the UI waiting
 * for typing to stop); then from the tap that asks for the passages where
 * the words appear to Pagefind's results showing them (tier 2, loaded at
 * that moment).
 */
async function fast3gTimes(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  siteUrl: string,
  generated: Pick<Generated, 'places'>,
): Promise<{ first: number; later: number; tier2: number }> {
  // As a first visit: the offline reading's service worker is not installed yet.
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await throttle(page);
    await page.goto(`${siteUrl}/fr/cases/`);
    const [first, later] = queries(generated);
    const firstMs = await timeInPage(
      page,
      'focusin',
      () => document.querySelector('dialog .search-result a[href]') !== null,
      null,
      async () => {
        await page.fill('#site-search', first);
        await page.press('#site-search', 'Enter');
      },
    );
    const before = await page.getAttribute('dialog .search-result a', 'href');
    const laterMs = await timeInPage(
      page,
      'input',
      (old) => {
        const href = document.querySelector('dialog .search-result a')?.getAttribute('href');
        return Boolean(href) && href !== old && !document.querySelector('dialog .search-main[aria-busy]');
      },
      before,
      () => page.fill('#search-dialog-q', later),
    );
    await page.waitForSelector('dialog .search-deeper:not([hidden])', { timeout: 120_000 });
    const tier2Ms = await timeInPage(
      page,
      'click',
      () => document.querySelector('dialog .search-main:not([aria-busy]) .search-result .search-excerpt mark') !== null,
      null,
      () => page.click('dialog .search-deeper'),
    );
    return { first: firstMs, later: laterMs, tier2: tier2Ms };
  } finally {
    await context.close();
  }
}

/**
 * Opens the search page with the first query in a fresh browser context of
 * the given size, then types the others (when `warm`). With `pagefind`, the
 * reader first asks for excerpts, so that Pagefind answers every query, and
 * the compact index's files are not counted in the first query's bytes.
 */
async function visitSearch(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  siteUrl: string,
  generated: Pick<Generated, 'places'>,
  viewport: { width: number; height: number },
  warm = true,
  pagefind = false,
): Promise<{ coldPageBytes: number; coldSearchBytes: number; warmBytes: number[] }> {
  // Without the offline reading's service worker, which would answer later requests from its cache (where
  // the browser reports no size) and fetch its own files beside the search's.
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const log: { url: string; bytes: number }[] = [];
    const pending = new Set<unknown>();
    page.on('request', (request) => pending.add(request));
    page.on('requestfailed', (request) => pending.delete(request));
    page.on('requestfinished', (request) => {
      // Payload as a static host sends it: text files (HTML, CSS, JS, JSON) gzipped, as every host does;
      // Pagefind's index, fragments and WebAssembly as they are (Pagefind writes them compressed). 0 when cached.
      const url = request.url();
      void (async () => {
        const sizes = await request.sizes();
        if (sizes.responseBodySize === 0) return 0;
        const type = (await request.response())?.headers()['content-type'] ?? '';
        if (!/text|javascript|json|svg/.test(type)) return sizes.responseBodySize;
        const body = await (await request.response())!.body();
        return gzipSync(body, { level: 6 }).length;
      })()
        .then((bytes) => log.push({ url, bytes }))
        .catch(() => undefined)
        .finally(() => pending.delete(request));
    });
    const quiet = async () => {
      // Settled: no request in flight for half a second (the UI waits 200 ms before it searches).
      let still = 0;
      while (still < 5) {
        await page.waitForTimeout(100);
        still = pending.size === 0 ? still + 1 : 0;
      }
    };
    // Search code (every script of the search page is), its styles, its words and both indexes.
    const compactFile = (url: string) => /\/search-index\//.test(url);
    const isSearch = (url: string) =>
      /\/pagefind\/|facets\.json|\.js$|\/search\.[\w-]+\.css$/.test(new URL(url).pathname) ||
      (!pagefind && compactFile(url));
    const sum = (from: number, filter: (url: string) => boolean) =>
      log.slice(from).reduce((total, r) => total + (filter(r.url) ? r.bytes : 0), 0);

    const list = queries(generated);
    await page.goto(`${siteUrl}/fr/search/?q=${encodeURIComponent(list[0])}`);
    await page.waitForSelector('.search-result, .search-status:has-text("Aucun")', { timeout: 120_000 });
    await quiet();
    if (pagefind) {
      await page.click('.search-deeper');
      await page.waitForSelector('.search-main:not([aria-busy]) .search-result', { timeout: 120_000 });
      await quiet();
    }
    const coldPageBytes = sum(0, () => true);
    const coldSearchBytes = sum(0, isSearch);
    const warmBytes: number[] = [];
    for (const query of warm ? list.slice(1) : []) {
      const from = log.length;
      await page.fill('#search-page-q', query);
      await page.waitForTimeout(300);
      await quiet();
      warmBytes.push(sum(from, () => true));
    }
    return { coldPageBytes, coldSearchBytes, warmBytes };
  } finally {
    await context.close();
  }
}

/** Writes the corpus as a plain Markdown Hugo site: one page per case text, same prose and titles. */
function hugoSite(generated: Generated, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    join(dir, 'hugo.toml'),
    'baseURL = "https://example.org/"\ntitle = "Atlas bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n',
  );
  const shell = (main: string) =>
    `<!doctype html><html lang="{{ .Params.lang | default "fr" }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>${main}</main></body></html>\n`;
  writeFileSync(
    join(dir, 'layouts', '_default', 'single.html'),
    shell(
      '<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p><ul>{{ range .Params.lessons }}<li>{{ . }}</li>{{ end }}</ul>{{ .Content }}',
    ),
  );
  writeFileSync(
    join(dir, 'layouts', '_default', 'list.html'),
    shell(
      '<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>',
    ),
  );
  writeFileSync(join(dir, 'layouts', 'index.html'), shell('<h1>{{ .Site.Title }}</h1>'));
  for (const { slug, path: folder } of walk(generated.dir, 'cases')) {
    for (const file of filesIn(folder)) {
      const lang = textFileName(file)?.lang;
      if (!lang) continue;
      const { frontMatter = '', body = '' } = splitFrontMatter(readFileSync(join(folder, file), 'utf8')) ?? {};
      const data = parseYaml(frontMatter) as { title: string; summary: string; lessons: string[] };
      const out = join(dir, 'content', lang, 'cases');
      mkdirSync(out, { recursive: true });
      writeFileSync(
        join(out, `${slug}.md`),
        `${JSON.stringify({ title: data.title, summary: data.summary, lessons: data.lessons, lang }, null, 1)}\n\n${body}`,
      );
    }
  }
}

interface Result {
  cases: number;
  /** When this size's run started (ISO): sizes of one table may come from separate runs. */
  date?: string;
  /** Whether the build drew a link preview per entry (`ATLAS_ENTRY_PREVIEWS`, src/lib/site/scale.ts); absent in runs before the setting. */
  entryPreviews?: boolean;
  generated: Generated['counts'];
  generateSeconds: number;
  astro: Run & {
    pages: number;
    pagesPerSecond: number;
    distBytes: number;
    distFiles: number;
    pagefindBytes: number;
    pagefindFiles: number;
  };
  search: SearchBytes | null;
  /** Each search indexer run alone over the French pages of the built site: the compact index and Pagefind. */
  indexers: {
    compact: Run & { bytes: number; files: number };
    pagefind: Run & { bytes: number; files: number };
  } | null;
  hugo: (Run & { pages: number; pagesPerSecond: number }) | null;
  /** Astro's build (with its Pagefind index) time over Hugo's, wall clock. */
  astroOverHugo: number | null;
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: round(totalmem() / 1024 ** 3),
    freeMemoryGBAtStart: round(freemem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    hugo: hugoVersion(),
    date: new Date().toISOString(),
  };
}

function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

async function benchOne(cases: number, hugo: boolean): Promise<Result> {
  const base = join(WORK, String(cases));
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  console.log(`\n== ${cases} cases ==`);
  const date = new Date().toISOString();
  const t0 = process.hrtime.bigint();
  const generated = generateFixtures({ cases, dir: join(base, 'content') });
  const generateSeconds = round(Number(process.hrtime.bigint() - t0) / 1e9);
  console.log(`generated in ${generateSeconds} s: ${JSON.stringify(generated.counts)}`);

  const outDir = join(base, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ATLAS_CONTENT_DIR: generated.dir,
    ATLAS_CACHE_DIR: join(base, 'cache'),
    // Every size is built the way a large site is (src/lib/site/scale.ts), so that rows compare.
    ATLAS_LARGE_SITE: process.env.ATLAS_LARGE_SITE ?? '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env.BASE_PATH;
  const run = await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], env);
  if (!run.ok) throw new Error(`astro build failed for ${cases} cases:\n${run.output}`);
  const dist = sizeOf(outDir);
  const index = sizeOf(join(outDir, 'pagefind'));
  const astro = {
    ...run,
    output: '',
    pages: dist.pages,
    pagesPerSecond: round(dist.pages / run.wallSeconds),
    distBytes: dist.bytes,
    distFiles: dist.files,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
  };
  console.log(
    `astro: ${astro.pages} pages in ${astro.wallSeconds} s (${astro.pagesPerSecond} pages/s), CPU ${astro.cpuSeconds} s, peak ${astro.peakTreeRssMB} MB`,
  );

  let search: SearchBytes | null = null;
  try {
    search = await searchBytes(outDir, generated);
    console.log(
      `search: cold ${search.coldSearchBytes} B on a phone (page ${search.coldPageBytes} B; Pagefind ${search.tier2ColdSearchBytes} B), ${search.coldSearchWideBytes} B on a wide screen; warm median ${search.warmMedianBytes} B (Pagefind ${search.tier2WarmMedianBytes} B), max ${search.warmMaxBytes} B; Fast 3G ${search.fast3gFirstResultsMs} ms, later ${search.fast3gLaterResultsMs} ms, Pagefind ${search.fast3gTier2ResultsMs} ms`,
    );
  } catch (error) {
    console.error(`search measurement failed: ${(error as Error).message}`);
  }

  let indexers: Result['indexers'] = null;
  try {
    indexers = await indexerRuns(outDir, base);
    console.log(
      `indexers (fr): compact ${indexers.compact.wallSeconds} s, peak ${indexers.compact.peakTreeRssMB} MB; Pagefind ${indexers.pagefind.wallSeconds} s, peak ${indexers.pagefind.peakTreeRssMB} MB`,
    );
  } catch (error) {
    console.error(`indexer measurement failed: ${(error as Error).message}`);
  }

  let hugoResult: Result['hugo'] = null;
  if (hugo) {
    const site = join(base, 'hugo');
    hugoSite(generated, site);
    const hrun = await measure('hugo', ['--quiet', '--destination', join(site, 'public')], process.env, site);
    if (!hrun.ok) console.error(`hugo failed:\n${hrun.output}`);
    else {
      const pages = sizeOf(join(site, 'public')).pages;
      hugoResult = { ...hrun, output: '', pages, pagesPerSecond: round(pages / hrun.wallSeconds) };
      console.log(`hugo: ${pages} pages in ${hrun.wallSeconds} s`);
    }
  }
  if (!KEEP) rmSync(base, { recursive: true, force: true });
  return {
    cases,
    date,
    entryPreviews: entryPreviews(env),
    generated: generated.counts,
    generateSeconds,
    astro,
    search,
    indexers,
    hugo: hugoResult,
    astroOverHugo: hugoResult ? round(astro.wallSeconds / hugoResult.wallSeconds) : null,
  };
}

/**
 * Runs each search indexer alone over the French pages of the built site,
 * measured like the build: the compact index (rewritten in place, the same
 * files) and Pagefind's command line (into a scratch folder).
 */
async function indexerRuns(outDir: string, base: string): Promise<NonNullable<Result['indexers']>> {
  const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs');
  const compact = await measure(
    process.execPath,
    [tsx, join('scripts', 'lib', 'compact-index.ts'), outDir, 'fr'],
    process.env,
  );
  if (!compact.ok) throw new Error(`compact index: ${compact.output}`);
  const pagefindOut = join(base, 'pagefind-fr');
  const pagefind = await measure(
    join('node_modules', '.bin', 'pagefind'),
    ['--site', outDir, '--glob', 'fr/**/*.html', '--output-path', pagefindOut],
    pagefindEnv(),
  );
  if (!pagefind.ok) throw new Error(`Pagefind: ${pagefind.output}`);
  const compactSize = sizeOf(join(outDir, 'search-index', 'fr'));
  const pagefindSize = sizeOf(pagefindOut);
  return {
    compact: { ...compact, output: '', bytes: compactSize.bytes, files: compactSize.files },
    pagefind: { ...pagefind, output: '', bytes: pagefindSize.bytes, files: pagefindSize.files },
  };
}

const kB = (b: number | undefined) => (b === undefined ? '–' : `${round(b / 1024)} kB`);
const MB = (b: number) => `${round(b / 1024 ** 2)} MB`;

function markdown(report: { machine: ReturnType<typeof machine>; results: Result[] }): string {
  const { machine: m, results } = report;
  const rows = results.map((r) =>
    [
      r.cases.toLocaleString('en'),
      r.astro.pages.toLocaleString('en'),
      r.astro.wallSeconds,
      r.astro.cpuSeconds ?? '–',
      r.astro.pagesPerSecond,
      `${r.astro.peakTreeRssMB} MB`,
      MB(r.astro.distBytes),
      r.astro.distFiles.toLocaleString('en'),
      MB(r.astro.pagefindBytes),
      kB(r.search?.coldSearchWideBytes),
      r.hugo ? `${r.hugo.wallSeconds} s (${r.hugo.pages.toLocaleString('en')} pages)` : 'not installed',
      r.astroOverHugo ?? '–',
      r.entryPreviews === undefined ? '–' : r.entryPreviews ? 'yes' : 'no',
      r.date?.slice(0, 10) ?? m.date.slice(0, 10),
    ].join(' | '),
  );
  const ms = (x: number | undefined) => (x === undefined ? '–' : `${round(x / 1000, 2)} s`);
  const tiers = results.map((r) =>
    [
      r.cases.toLocaleString('en'),
      kB(r.search?.coldSearchBytes),
      kB(r.search?.warmMedianBytes),
      kB(r.search?.warmMaxBytes),
      ms(r.search?.fast3gFirstResultsMs),
      ms(r.search?.fast3gLaterResultsMs),
      r.indexers ? `${r.indexers.compact.peakTreeRssMB} MB, ${r.indexers.compact.wallSeconds} s` : '–',
      r.indexers ? `${MB(r.indexers.compact.bytes)} (${r.indexers.compact.files.toLocaleString('en')} files)` : '–',
      kB(r.search?.tier2ColdSearchBytes),
      kB(r.search?.tier2WarmMedianBytes),
      ms(r.search?.fast3gTier2ResultsMs),
      r.indexers ? `${r.indexers.pagefind.peakTreeRssMB} MB, ${r.indexers.pagefind.wallSeconds} s` : '–',
      r.indexers ? `${MB(r.indexers.pagefind.bytes)} (${r.indexers.pagefind.files.toLocaleString('en')} files)` : '–',
    ].join(' | '),
  );
  return [
    'Search on a phone, tier 1 (the compact index) beside tier 2 (Pagefind, as when the reader asks for excerpts); indexers over the French pages alone:',
    '',
    '| cases | tier 1: first query | tier 1: later query (median) | tier 1: later query (max) | tier 1: first results on Fast 3G | tier 1: later results on Fast 3G | tier 1 indexer: peak memory, time (fr) | tier 1 index (fr) | tier 2: first query | tier 2: later query (median) | tier 2: results on Fast 3G | tier 2 indexer: peak memory, time (fr) | tier 2 index (fr) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...tiers.map((r) => `| ${r} |`),
    '',
    'The build:',
    '',
    '| cases | pages | wall s | CPU s | pages/s | peak memory | dist | dist files | Pagefind index | cold search (wide, filters open) | Hugo | Astro ÷ Hugo | link previews | run on |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r} |`),
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB memory (${m.freeMemoryGBAtStart} GB free at start), ${m.platform}, Node ${m.node}, ${m.hugo ?? 'Hugo not installed'}.`,
  ].join('\n');
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  const hugo = hugoVersion() !== null;
  if (!hugo) console.warn('Hugo is not installed (on Debian: apt-get install -y hugo): the Hugo column is skipped.');
  const info = machine();
  const results: Result[] = [];
  for (const size of SIZES)
    if (!Number.isInteger(size) || size < 2) throw new Error(`BENCH_SIZES: "${size}" is not a number of cases ≥ 2`);
  for (const size of SIZES) {
    results.push(await benchOne(size, hugo));
    // Written after each size, so that a run stopped during a long size keeps the sizes before it.
    await writeReport({ machine: info, results });
  }
}

/** Writes the results so far to `docs/benchmarks.json` and the table of `docs/benchmarks.md` (also used to merge the sizes of separate runs into one table). */
export async function writeReport(report: { machine: ReturnType<typeof machine>; results: Result[] }) {
  mkdirSync('docs', { recursive: true });
  const jsonPath = process.env.BENCH_JSON ?? 'docs/benchmarks.json';
  // Written as the project's formatter writes them, so that a run leaves `npm run lint` green.
  const formatted = async (text: string, filepath: string) =>
    prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
  writeFileSync(jsonPath, await formatted(JSON.stringify(report, null, 2), jsonPath));
  const table = markdown(report);
  const mdPath = process.env.BENCH_MD ?? 'docs/benchmarks.md';
  // The table sits between two markers, so that the analysis written around it survives a new run.
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const previous = existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const next = previous.includes(start)
    ? previous.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`)
    : `${previous}\n${start}\n${table}\n${end}\n`;
  writeFileSync(mdPath, await formatted(next, mdPath));
  console.log(`\n${table}\n\nWritten to ${relative('.', jsonPath)} and ${relative('.', mdPath)}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
