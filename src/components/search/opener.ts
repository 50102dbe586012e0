/**
 * The only script every page loads (kept under 2 kB): it turns the header
 * search form into a dialog. The dialog module, its styles and Pagefind are
 * fetched the first time the visitor focuses or opens search.
 */
type DialogModule = typeof import('./dialog');

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
if (form) {
  const input = form.querySelector('input')!;
  let module: Promise<DialogModule> | undefined;
  const load = () => (module ??= import('./dialog'));
  const open = (event?: Event) => {
    event?.preventDefault();
    void load().then((m) => m.openSearchDialog(form, input.value));
  };
  const editable = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', open);
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)) open(event);
  });
}
