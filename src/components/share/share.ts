/**
 * The share control with JavaScript (see Share.astro): the system's share
 * sheet where there is one, in place of the plain links; else a button that
 * copies the page's address beside them, saying so when done.
 * @see https://developer.mozilla.org/docs/Web/API/Navigator/share
 */
export function enhanceShare(box: HTMLElement): void {
  const url = document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href;
  const [label, copy] = box.children as unknown as [HTMLElement, HTMLButtonElement];
  if (navigator.share) {
    const share = document.createElement('button');
    share.type = 'button';
    share.className = 'font-semibold text-brand underline';
    share.textContent = label.textContent;
    // A cancelled share sheet rejects: nothing to tell.
    share.onclick = () => navigator.share({ url, title: document.title }).catch(() => undefined);
    box.replaceChildren(share);
  } else if (navigator.clipboard) {
    copy.hidden = false;
    copy.onclick = () =>
      navigator.clipboard.writeText(url).then(() => (box.lastElementChild!.textContent = box.dataset.sharing!));
  }
}
