/**
 * "Copy" buttons of the Cite block, a progressive enhancement: the buttons
 * are hidden until this script shows them, and only where the browser offers
 * the Clipboard API. Without JavaScript the citations are plain text to select.
 */
const message = document.querySelector<HTMLElement>('[data-copy-status]');
if (message && navigator.clipboard)
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = document.getElementById(button.dataset.copy ?? '')?.textContent?.trim() ?? '';
      navigator.clipboard.writeText(text).then(
        () => (message.textContent = message.dataset.done ?? ''),
        () => (message.textContent = message.dataset.failed ?? ''),
      );
    });
  }

export {};
