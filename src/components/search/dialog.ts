/**
 * The search dialog: the page's native <dialog> (Esc closes it, focus is
 * trapped and restored by the browser), already open with its loading
 * notice when this module runs, filled with the same search UI as the
 * search page. Opening it again while the UI is still loading waits for the
 * same UI instead of building a second one.
 */
import { mountSearch, preloadSearch, stateFromParams, type SearchUI } from './ui';

export { mountSearch, preloadSearch, stateFromParams };

let mounted: Promise<SearchUI> | undefined;

/**
 * Fills the open dialog with the search UI, searching for `query()`: the
 * words of the header's box and whatever was typed while the UI loaded,
 * asked again once it is ready so that no key typed meanwhile is lost.
 */
export async function openSearchDialog(dialog: HTMLDialogElement, base: string, query: () => string): Promise<void> {
  const container = dialog.querySelector<HTMLElement>('[data-search-mount]')!;
  mounted ??= mountSearch(container, {
    lang: document.documentElement.lang,
    base,
    mode: 'dialog',
    query: query(),
  }).catch((error: unknown) => {
    mounted = undefined;
    throw error;
  });
  const ui = await mounted;
  const words = query();
  if (words && words !== ui.state().q) ui.setQuery(words);
  if (dialog.open) ui.focus();
}
