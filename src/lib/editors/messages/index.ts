/**
 * The language of the editors' command-line tools (`npm run new`, `npm run
 * report`, `npm run check`) and of the build's content check: French or
 * English, from the `--ui` flag, else the system's language, so that an
 * editor who follows the French guide reads French prompts and problems.
 * The tools' own strings are in one dictionary per language (`fr.ts`,
 * `en.ts`), with the same keys; the problems of the content check are in
 * `src/lib/model/check/wording.ts`, both languages side by side.
 */
import { en, type Messages } from './en';
import { fr } from './fr';

/** Languages the tools speak. */
export const TOOL_LANGS = ['fr', 'en'] as const;
export type ToolLang = (typeof TOOL_LANGS)[number];

/** The dictionary of each language. */
export const MESSAGES: Record<ToolLang, Messages> = { fr, en };

/**
 * The tools' language: the flag when given (`fr` or `en`), else the first of
 * LC_ALL, LC_MESSAGES and LANG that is set (the order POSIX gives them):
 * French when it starts with `fr`, English otherwise.
 * @throws when the flag names another language, so that a typo is not silently ignored.
 */
export function toolLang(flag: string | undefined, env: Record<string, string | undefined> = process.env): ToolLang {
  if (flag !== undefined) {
    if ((TOOL_LANGS as readonly string[]).includes(flag)) return flag as ToolLang;
    throw new Error(`--ui: "${flag}" must be one of ${TOOL_LANGS.join(', ')}`);
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type { Messages };
