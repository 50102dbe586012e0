/** Runs a command-line tool of scripts/ as an editor would, without a terminal, on a content folder. */
import { spawnSync } from 'node:child_process';

export function runScript(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir },
    encoding: 'utf8',
    input: '',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
