/**
 * The search dialog: a native <dialog> (Esc closes it, focus is trapped and
 * restored by the browser) holding the same search UI as the search page.
 */
import { mountSearch, type SearchUI } from './ui';

let dialog: HTMLDialogElement | undefined;
let ui: SearchUI | undefined;

export async function openSearchDialog(form: HTMLFormElement, query: string): Promise<void> {
  const lang = document.documentElement.lang;
  const base = form.dataset.base ?? '/';
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('dir', document.documentElement.dir);
    document.body.append(dialog);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-close';
    close.addEventListener('click', () => dialog!.close());
    dialog.append(close);
    const container = document.createElement('div');
    dialog.append(container);
    ui = await mountSearch(container, { lang, base, mode: 'dialog', query });
    close.textContent = ui.strings.close;
    dialog.setAttribute('aria-label', ui.strings.title);
  } else if (query) {
    ui!.setQuery(query);
  }
  dialog.showModal();
  ui!.focus();
}
