/**
 * On the two pages written in all three languages, the root address and the
 * page for a missing address, puts the reader's language first: the
 * language of the address (`/ar/…` for a missing page), or the first of the
 * browser's languages the atlas has (the root). Nothing moves to another
 * address, so there is no redirect to loop on; without JavaScript the three
 * languages stay, in their usual order.
 */
const list = document.querySelector<HTMLElement>('[data-languages]');
if (list) {
  const sections = [...list.querySelectorAll<HTMLElement>(':scope > [data-lang]')];
  const byLang = new Map(sections.map((section) => [section.dataset.lang!, section]));
  const base = list.dataset.base ?? '/';
  const wanted =
    list.dataset.languages === 'address'
      ? location.pathname.startsWith(base)
        ? location.pathname.slice(base.length).split('/')[0]
        : undefined
      : navigator.languages.map((tag) => tag.split('-')[0].toLowerCase()).find((lang) => byLang.has(lang));
  const first = wanted ? byLang.get(wanted) : undefined;
  if (first && list.dataset.languages === 'address') {
    // The page now speaks the address's language: its title and the language of the whole document.
    document.documentElement.lang = first.lang;
    document.documentElement.dir = first.dir;
    if (first.dataset.title) document.title = first.dataset.title;
  }
  if (first) {
    list.prepend(first);
    first.dataset.first = '';
  }
  // The words of the missing address (`cases/forim-ccm` → "forim ccm"), to search for.
  let address = location.pathname.slice(base.length);
  try {
    address = decodeURIComponent(address);
  } catch {
    // An address with a stray % is searched for as it is written.
  }
  const words = address
    .split('/')
    .filter(
      (part) =>
        part && !byLang.has(part) && !/^(cases|practices|organizations|programmes|themes|countries)$/.test(part),
    )
    .join(' ')
    .replace(/[-_.]+/g, ' ')
    .trim();
  if (list.dataset.languages === 'address' && words)
    for (const input of list.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = words;
}
