/**
 * The writing direction of a language, in a module of its own so that the
 * scripts of the pages can read it without the translations (`i18n.ts`
 * re-exports it for the build).
 */
const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * Writing direction of a language, from `Intl.Locale` text info where the
 * runtime has it, with a list of right-to-left scripts as the fallback.
 */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  let dir = directions.get(lang);
  if (!dir) directions.set(lang, (dir = readDirection(lang)));
  return dir;
}

function readDirection(lang: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  return ['ar', 'fa', 'he', 'ur', 'ps', 'yi'].includes(locale.language) ? 'rtl' : 'ltr';
}
