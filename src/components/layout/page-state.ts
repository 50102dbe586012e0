/**
 * The state a page's script keeps in its address (a search's words and
 * filters, the funding finder's answers, the planner's programmes), so that
 * the address can be shared and reloaded, and carried by the language switch
 * (LanguageSwitch.astro): its links lead to this page in the other
 * languages, in the same state.
 */
export function keepInAddress(query: URLSearchParams | string): void {
  const search = String(query).replace(/^\?/, '');
  const tail = `${search ? `?${search}` : ''}${location.hash}`;
  history.replaceState(null, '', `${location.pathname}${tail}`);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]'))
    link.setAttribute('href', `${new URL(link.href).pathname}${tail}`);
}
