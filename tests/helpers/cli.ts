/** Running the project's command-line tools and builds from tests, as an editor or CI would. */
import { spawnSync } from 'node:child_process';

/**
 * A system language that is not French: the tools, the build and the
 * preview then speak English, as in CI, whatever the machine's language.
 */
export const IN_ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/**
 * Runs a command-line tool of scripts/ without a terminal, on a content
 * folder, in English whatever the machine's language (the tools follow the
 * system's language) unless `env` says otherwise. The script runs under
 * tsx's loader in one Node process (`node --import tsx`): `npm run new`
 * runs tsx's launcher, which starts the script in a second Node process
 * with the same loader, for a quarter more CPU per run.
 */
export function runScript(script: string, args: string[], contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...IN_ENGLISH, ATLAS_CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
    input: '',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The environment of a real build: without the variables Vitest sets for its
 * own Vite (BASE_URL, MODE…), which Astro would otherwise take as its own.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(name) && !name.startsWith('VITEST'),
    ),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
