/**
 * The only script every page loads (kept under 2 kB): it turns the header
 * search form into a dialog. The dialog's frame is in the page and opens in
 * the same task as the tap, before anything is fetched; the search UI, its
 * styles and Pagefind start loading the first time the visitor focuses the
 * search box or opens search.
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
  const open = (event?: Event) => {
    event?.preventDefault();
    if (!dialog.open) dialog.showModal();
    void load().then((m) => m.openSearchDialog(dialog, base, input.value));
  };
  const editable = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', open);
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)) open(event);
  });
}
