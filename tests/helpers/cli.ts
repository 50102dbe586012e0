/** Running the project's command-line tools and builds from tests, as an editor or CI would. */
import { spawnSync } from 'node:child_process';

/** Runs a command-line tool of scripts/ without a terminal, on a content folder. */
export function runScript(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir },
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
