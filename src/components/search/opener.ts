/**
 * The only script every page loads (kept under 2 kB): it turns the header
 * search form into a dialog. The dialog's frame is in the page and opens in
 * the same task as the tap, before anything is fetched; the search UI, its
 * styles and Pagefind start loading the first time the visitor focuses the
 * search box or opens search. What the visitor types while the search UI is
 * still loading is kept and becomes its query.
 */
type DialogModule = typeof import('./dialog');

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (form && dialog) {
  const input = form.querySelector('input')!;
  const base = form.dataset.base ?? '/';
  const lang = document.documentElement.lang;
  let module: Promise<DialogModule> | undefined;
  const load = () => {
    if (module) return module;
    // The search's first small files (`searchStartFiles`, written out here so that this
    // script stays one file) download beside its code, not after it.
    const started = new Map(
      [`${base}${lang}/search/facets.json`, `${base}search-index/${lang}/index.json`].map((url) => [url, fetch(url)]),
    );
    return (module = import('./dialog').then(
      (m) => {
        m.preloadSearch(lang, base, started);
        return m;
      },
      (error: unknown) => {
        // A failed download (offline, flaky network) is tried again on the next open.
        module = undefined;
        throw error;
      },
    ));
  };
  /**
   * A box to type into at once, while the search UI loads (seconds on a slow
   * phone): whatever is typed there, by a keyboard, an input method or
   * dictation, becomes the UI's query.
   */
  let early: HTMLInputElement | undefined;
  const open = (event?: Event) => {
    event?.preventDefault();
    if (!dialog.open) dialog.showModal();
    early = dialog.querySelector('input') ? undefined : document.createElement('input');
    if (early) {
      early.type = 'search';
      early.ariaLabel = input.placeholder;
      early.className = 'mb-2 w-full rounded border border-line px-2 py-1';
      dialog.querySelector('[data-search-mount]')!.prepend(early);
      early.focus();
    }
    const query = () => early?.value || input.value;
    // Without its code (offline, or a dropped download), search is the search page the form leads to.
    load()
      .then((m) => m.openSearchDialog(dialog, base, query))
      .catch(() => {
        if (!dialog.open) return;
        input.value = query();
        form.submit();
      });
  };
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', open);
  // `/` opens search, unless it is typed into a box or an editable area (key events target an element).
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing) open(event);
  });
}
