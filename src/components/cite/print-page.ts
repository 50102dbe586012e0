/**
 * The "Print" button of the Cite block, a progressive enhancement like the
 * copy buttons: hidden until this script shows it, since without JavaScript
 * it could do nothing (the browser's own Print command prints the same page).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

export {};
