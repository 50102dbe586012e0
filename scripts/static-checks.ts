/**
 * The checks of `npm test` that read the sources without building them:
 * `astro sync`, which runs the content check of `npm run check:content`
 * (the site's first integration) and stops with its messages on any
 * problem, then the type check (`astro check`) beside ESLint, which both
 * read the types the sync generates; Prettier, which needs no generated
 * types, from the start, on the core the sync leaves idle. The type check
 * and the type-aware lint each take a core for twenty seconds or more; side
 * by side they take the time of the longer. Each command's output is printed
 * in one piece when it ends. Exits 1 if any command fails.
 */
import { spawn } from 'node:child_process';

/** Runs a shell command (npm puts node_modules/.bin on the PATH), its output kept until it ends. */
function run(command: string): Promise<{ command: string; ok: boolean; output: string }> {
  return new Promise((resolve) => {
    // Colours, as the commands would print them in the terminal.
    const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
    const child = spawn(command, { shell: true, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ command, ok: code === 0, output }));
  });
}

/** Runs commands one after the other, printing each, and stops at the first that fails. */
async function inOrder(commands: string[]): Promise<boolean> {
  for (const command of commands) {
    const result = await run(command);
    process.stdout.write(`\n> ${result.command}\n${result.output}`);
    if (!result.ok) {
      process.stderr.write(`\n${result.command} failed.\n`);
      return false;
    }
  }
  return true;
}

/** The content check and the generated types (`astro sync`), then the type check beside ESLint. */
async function checkAndLint(): Promise<boolean> {
  if (!(await inOrder(['astro sync']))) return false;
  const [types, lint] = await Promise.all([inOrder(['astro check --noSync']), inOrder(['eslint .'])]);
  return types && lint;
}

const [checked, formatted] = await Promise.all([checkAndLint(), inOrder(['prettier --check .'])]);
process.exit(checked && formatted ? 0 : 1);
