/**
 * The builds of the test setup (the real site, the sub-path fixture) run in
 * the background of the test run. Vitest runs every global setup before the
 * first test file, so a setup that built before returning kept one core idle
 * for the length of the builds (`astro build` keeps one core busy); now the
 * global setup starts them and returns, the tests that need no build (unit,
 * tools, content) run meanwhile, and a test file that reads a build waits
 * for it (`waitForBuild`). The builds run one after the other, each holding
 * the checkout's Astro lock, so that the tests that start Astro themselves
 * wait for them as they wait for each other.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { lockAstro } from './astro-lock';
import { checkoutTempPath } from './checkout';

const execFileAsync = promisify(execFile);

/** What a test file learns of a setup build: the file its outcome is written to when it ends. */
export type SetupBuild = string;

interface Outcome {
  ok: boolean;
  error?: string;
}

/** The builds started in this process (Vitest's main process, where every global setup runs). */
const STATE = Symbol.for('codev-atlas.tests.setup-builds');
interface State {
  /** The folder of the outcome files, removed when the run ends. */
  dir: string;
  /** The end of the last build started: the next one starts after it. */
  queue: Promise<void>;
  started: Map<string, SetupBuild>;
}

/** Writes an outcome whole (a test file waiting for it must never read half of it). */
function writeOutcome(file: string, outcome: Outcome) {
  writeFileSync(`${file}.part`, JSON.stringify(outcome));
  renameSync(`${file}.part`, file);
}

function state(): State {
  const global = globalThis as { [STATE]?: State };
  if (!global[STATE]) {
    const dir = checkoutTempPath('setup-builds');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    global[STATE] = { dir, queue: Promise.resolve(), started: new Map() };
  }
  return global[STATE];
}

/**
 * Starts `astro build <args>` once per run under `name`, after the setup
 * builds started before it, and returns at once what a test file needs to
 * wait for it. Its output goes to the run's own output, as a build's would.
 */
export function startBuild(name: string, args: string[], env: NodeJS.ProcessEnv): SetupBuild {
  const { dir, queue, started } = state();
  const known = started.get(name);
  if (known) return known;
  const outcome = join(dir, `${name}.json`);
  const run = async () => {
    const release = await lockAstro();
    try {
      const build = execFileAsync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], {
        env,
        maxBuffer: 64 * 1024 * 1024,
      });
      build.child.stdout?.pipe(process.stdout);
      build.child.stderr?.pipe(process.stderr);
      await build;
    } finally {
      await release();
    }
  };
  const next = queue.then(run).then(
    () => writeOutcome(outcome, { ok: true }),
    (error: unknown) =>
      writeOutcome(outcome, { ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
  state().queue = next;
  started.set(name, outcome);
  return outcome;
}

/** Marks `name` as built without building it (a fresh build is already there). */
export function skipBuild(name: string): SetupBuild {
  const { dir, started } = state();
  const outcome = join(dir, `${name}.json`);
  writeOutcome(outcome, { ok: true });
  started.set(name, outcome);
  return outcome;
}

/**
 * The global setups' teardown: waits until every setup build started ends
 * (before a setup removes the files it builds from), then removes the
 * outcomes.
 */
export async function endBuilds(): Promise<void> {
  const { dir, queue } = state();
  await queue;
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Waits, in a test file, for the setup build whose outcome is written to
 * `build`, and fails the file, saying why, if that build failed.
 */
export async function waitForBuild(build: SetupBuild, what: string): Promise<void> {
  // A build on a busy machine takes minutes; a stuck one is stopped well before this by the run's own end.
  const end = Date.now() + 30 * 60_000;
  while (!existsSync(build)) {
    if (Date.now() > end) throw new Error(`${what}: the setup build did not end in 30 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const outcome = JSON.parse(readFileSync(build, 'utf8')) as Outcome;
  if (!outcome.ok) throw new Error(`${what}: the setup build failed (its output is above): ${outcome.error}`);
}
