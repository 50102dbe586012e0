/**
 * Folder of a language's search index in the built site (`pagefind/fr`),
 * written by the Pagefind integration and loaded by the search UI.
 */
export const searchBundle = (lang: string) => `pagefind/${lang}`;
