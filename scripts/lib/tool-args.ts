/**
 * The flags of the editors' command-line tools, read by Node's `parseArgs`,
 * which refuses a flag it does not know. A refused flag ends the tool with a
 * sentence in the tool's language (`--ui`, else the system's) that names
 * the flag, the one meant when it is a letter or two away (`--titel`,
 * `--title`) and the tool's usage, instead of Node's error and its stack
 * trace, and so does a `--ui` that is not a language of the tools; the exit
 * code is 2, as for any misuse of a command.
 * @see https://nodejs.org/api/util.html#utilparseargsconfig
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../../src/lib/editors/did-you-mean';
import { MESSAGES, toolLang, type ToolLang } from '../../src/lib/editors/messages';

/** The tools' language when the flags could not be read: their `--ui`, read leniently, else the system's. */
function langOf(config: ParseArgsConfig): ToolLang {
  const { ui } = parseArgs({ ...config, strict: false }).values;
  try {
    return toolLang(typeof ui === 'string' ? ui : undefined);
  } catch {
    return toolLang(undefined);
  }
}

/**
 * What to tell an editor of flags `parseArgs` refused (`error`), given the
 * flags the tool knows (`known`); undefined for an error that is not about
 * the flags.
 */
export function argsProblem(error: unknown, known: readonly string[], lang: ToolLang): string | undefined {
  const say = MESSAGES[lang].args;
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
  const flag = /--?[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const meant = didYouMean(flag.replace(/^-+/, ''), known);
      return say.unknownFlag(flag, meant && `--${meant}`);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      // "-h, --help" names the flag by its short form first.
      const long = /--[\w-]+/.exec(quoted)?.[0] ?? flag;
      return /argument missing/.test(message ?? '') ? say.needsValue(long) : say.takesNoValue(long);
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return say.unexpected(quoted);
    default:
      return undefined;
  }
}

/** The tool ends with `problem`, then its usage, with the exit code of a misused command. */
function misused(tool: string, problem: string, usage: string): never {
  console.error(`${tool}: ${problem}${usage ? `\n\n${usage}` : ''}`);
  process.exit(2);
}

/**
 * `parseArgs(config)` (strict), with the tools' language read from `--ui`
 * (else the system's); a refused flag or an unknown `--ui` ends the tool
 * `tool` with what is wrong, then its usage.
 */
export function toolArgs<T extends ParseArgsConfig>(
  tool: string,
  config: T,
  usage: string | ((lang: ToolLang) => string) = '',
): ReturnType<typeof parseArgs<T>> & { lang: ToolLang } {
  const usageIn = (lang: ToolLang) => (typeof usage === 'function' ? usage(lang) : usage);
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    const lang = langOf(config);
    const problem = argsProblem(error, Object.keys(config.options ?? {}), lang);
    if (problem === undefined) throw error;
    misused(tool, problem, usageIn(lang));
  }
  const { ui } = parsed.values as { ui?: unknown };
  try {
    return { ...parsed, lang: toolLang(typeof ui === 'string' ? ui : undefined) };
  } catch (error) {
    misused(tool, (error as Error).message, usageIn(toolLang(undefined)));
  }
}
