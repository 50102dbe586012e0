/**
 * The only script every page loads (kept under 2 kB): it turns the header
 * search form into a dialog. The dialog's frame is in the page and opens in
 * the same task as the tap, before anything is fetched; the search UI, its
 * styles and Pagefind start loading the first time the visitor focuses the
 * search box or opens search. What the visitor types while the search box is
 * still loading (seconds on a slow phone) is kept and becomes its query.
 */
type DialogModule = typeof import('./dialog');

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (form && dialog) {
  const input = form.querySelector('input')!;
  const base = form.dataset.base ?? '/';
  let module: Promise<DialogModule> | undefined;
  const load = () =>
    (module ??= import('./dialog').then(
      (m) => {
        m.preloadSearch(document.documentElement.lang, base);
        return m;
      },
      (error: unknown) => {
        // A failed download (offline, flaky network) is tried again on the next open.
        module = undefined;
        throw error;
      },
    ));
  /** Keys typed in the dialog before its search box exists. */
  let typed = '';
  const open = (event?: Event) => {
    event?.preventDefault();
    if (!dialog.open) {
      typed = '';
      dialog.showModal();
    }
    void load().then((m) => m.openSearchDialog(dialog, base, () => input.value + typed));
  };
  const editable = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // Until the search box is there, focus is on the close button: typed keys, Space and Enter
  // among them, go to the query instead of pressing it.
  dialog.addEventListener('keydown', (event) => {
    const { key } = event;
    if (dialog.querySelector('input') || event.ctrlKey || event.metaKey || event.altKey) return;
    if (key.length === 1) typed += key;
    else if (key === 'Backspace') typed = typed.slice(0, -1);
    else if (key !== 'Enter') return;
    event.preventDefault();
  });
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', open);
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)) open(event);
  });
}
