/**
 * The search UI, used by the search page and the search dialog: a query box,
 * facet filters with counts, sorting, results with highlighted excerpts,
 * keyboard use (arrows, Enter, Esc) and a live announcement of the number of
 * results. Labels come from the language's `search/facets.json`, so this
 * module holds no words of its own.
 *
 * Two engines answer. The site's compact index (src/lib/search/compact-index.ts)
 * answers first: a few kilobytes per word, results with their title, what
 * they are and their summary. Pagefind answers once the reader asks for what
 * only it has: filters and their counts (the filters are open or in use),
 * sorting, the passages where the words appear, or the beginnings of words
 * when whole words found nothing. It is loaded then, and the same results
 * are searched again in place.
 * @see https://pagefind.app/docs/api/
 */
// The stylesheet's address, not the stylesheet: it is added to the page when
// search opens, so that it never blocks the rendering of other pages.
import stylesheet from './search.css?url';
import { searchBundle } from '../../lib/site/search-bundle';
import {
  bucketFiles,
  compactIndexFolder,
  searchCompact,
  searchStartFiles,
  type Card,
  type IndexHead,
} from '../../lib/search/compact-index';
import {
  analyser,
  forPagefind,
  isTermLang,
  loadStemmer,
  withoutHairSpaces,
  type Analyser,
} from '../../lib/search/terms';

/** The parts of Pagefind's browser API used here. */
interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

type Strings = Record<
  | 'title'
  | 'label'
  | 'placeholder'
  | 'close'
  | 'filters'
  | 'sort'
  | 'sortRelevance'
  | 'sortUpdated'
  | 'sortTitle'
  | 'resultsNone'
  | 'resultsOne'
  | 'resultsMany'
  | 'empty'
  | 'clearFilters'
  | 'loading'
  | 'fullPage'
  | 'hint'
  | 'more'
  | 'resultsAtLeast'
  | 'excerpts'
  | 'wider'
  | 'showResults'
  | 'sortUpdatedNote'
  | 'unreachable',
  string
>;
interface Labels {
  strings: Strings;
  facets: { id: string; label: string; values: Record<string, string> }[];
  searchPage: string;
}

export type Sort = '' | 'updated' | 'title';
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: Sort;
}
export interface SearchUI {
  strings: Strings;
  setQuery: (q: string) => void;
  focus: () => void;
  state: () => SearchState;
}

/** Results shown at first and per "more": each costs a fragment download of about 2 kB. */
const PAGE = 5;

/** Reads a search state from URL parameters (`?q=…&theme=…&sort=title`). */
export function stateFromParams(params: URLSearchParams, facets: string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const facet of facets) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) filters[facet] = values;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: sort === 'updated' || sort === 'title' ? sort : '' };
}

/**
 * Filters as Pagefind takes them: values of one facet widen the results (two
 * countries: cases in either), facets narrow each other.
 * @see https://pagefind.app/docs/js-api-filtering/
 */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).map(([facet, values]) => [facet, { any: values }]));
}

/** Writes a search state as URL parameters, in a stable order. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [facet, values] of Object.entries(state.filters)) for (const v of values) params.append(facet, v);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/**
 * The search page's address, and its links to the other languages (the
 * language switch), keep the query, filters, sort and fragment: filters hold
 * ids, which mean the same in every language. The funding scripts do the
 * same with `keepInAddress` (../layout/page-state.ts); the search UI keeps
 * its own copy, because a module shared with them would be a chunk of its
 * own, which the opener would have to name and preload: bytes over its
 * budget (tests/browser/budgets.test.ts).
 */
function keepInAddress(query: URLSearchParams) {
  const search = query.toString();
  const tail = `${search ? `?${search}` : ''}${location.hash}`;
  history.replaceState(null, '', `${location.pathname}${tail}`);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]'))
    link.setAttribute('href', `${new URL(link.href).pathname}${tail}`);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = '') {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** The compact index of a language, ready to answer: its head, its analyser, and its files. */
interface Compact {
  head: IndexHead;
  analyse: Analyser;
  /** A file of the index (`t/3.json`), asked for once per page. */
  load: (path: string) => Promise<unknown>;
  card: (id: number) => Promise<Card>;
}

/** Labels, the compact index and Pagefind of a language, each asked for once per page. */
const loads = new Map<
  string,
  { labels: Promise<Labels>; compact: Promise<Compact>; pagefind?: Promise<Pagefind> | undefined }
>();

/** The JSON at `url`, from a download already under way when there is one. */
async function fetchJson<T>(url: string, started?: Promise<Response>): Promise<T> {
  const response = await (started ?? fetch(url));
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/** The compact index of `lang`, from its head (`index.json`, downloaded by the caller) and stemmer. */
async function openCompact(lang: string, base: string, head: Promise<IndexHead>): Promise<Compact> {
  const folder = `${base}${compactIndexFolder(lang)}/`;
  const files = new Map<string, Promise<unknown>>();
  const load = (path: string) => {
    let file = files.get(path);
    if (!file) {
      files.set(path, (file = fetchJson(`${folder}${path}`)));
      // A failed download is tried again by the next query.
      file.catch(() => files.delete(path));
    }
    return file;
  };
  const termLang = isTermLang(lang) ? lang : 'en';
  const [index, stem] = await Promise.all([head, loadStemmer(termLang)]);
  return { head: index, analyse: analyser(termLang, stem), load, card: (id) => load(`c/${id}.json`) as Promise<Card> };
}

/**
 * Starts downloading what search needs in `lang` (its words and the compact
 * index's head and stemmer), so that the search box is ready sooner when the
 * visitor shows the intent to search (focuses the header box) than when they
 * submit. `started` holds the downloads of `searchStartFiles` that the
 * opener began beside this code, by address. Pagefind is not among them: it loads when a
 * reader asks for what only it answers (`loadPagefind`).
 */
export function preloadSearch(lang: string, base: string, started = new Map<string, Promise<Response>>()) {
  const key = `${base}${lang}`;
  let load = loads.get(key);
  if (!load) {
    const [labels, head] = searchStartFiles(lang, base);
    load = {
      labels: fetchJson<Labels>(labels, started.get(labels)),
      compact: openCompact(lang, base, fetchJson<IndexHead>(head, started.get(head))),
    };
    // A failed download is tried again by the next call.
    const forget = () => void loads.delete(key);
    load.labels.catch(forget);
    load.compact.catch(forget);
    loads.set(key, load);
  }
  return load;
}

/** Pagefind in `lang`, loaded the first time it is asked for. */
function loadPagefind(lang: string, base: string): Promise<Pagefind> {
  const load = preloadSearch(lang, base);
  if (!load.pagefind) {
    load.pagefind = (async () => {
      const url = `${base}${searchBundle(lang)}/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // In the page itself, without Pagefind's web worker: the worker is a second script to download
      // (about 12 kB gzip) before the first answer (docs/decisions/0002-compact-search-index.md).
      await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: { pageLength: 0.2 }, noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    load.pagefind.catch(() => (load.pagefind = undefined));
  }
  return load.pagefind;
}

/** `text` with the words whose term is one of `words` marked, as DOM nodes (the text is never parsed as HTML). */
function highlighted(text: string, words: Set<string>, analyse: Analyser): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of text.split(/([\p{L}\p{N}\p{M}]+)/u)) {
    if (!part) continue;
    const term = analyse(part)[0];
    out.append(term !== undefined && words.has(term) ? el('mark', {}, part) : part);
  }
  return out;
}

/** What a result shows, from either engine. */
interface Shown {
  url: string;
  title: string;
  type?: string | undefined;
  kind?: string | undefined;
  countries?: string | undefined;
  textLang?: string | undefined;
  textDir?: string | undefined;
}

/**
 * Builds the search UI in `container`. What the container holds (a loading
 * notice) stays until the UI's words have arrived.
 */
export async function mountSearch(
  container: HTMLElement,
  options: { lang: string; base: string; mode: 'page' | 'dialog'; query?: string; initial?: SearchState },
): Promise<SearchUI> {
  const { lang, base, mode } = options;
  const pageDir = document.documentElement.dir || 'ltr';
  if (!document.querySelector('link[data-search-css]')) {
    const link = el('link', { rel: 'stylesheet', href: stylesheet, 'data-search-css': '' });
    document.head.append(link);
  }
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const { labels: labelsPromise, compact: compactPromise } = preloadSearch(lang, base);
  // The first query's buckets download while the UI is built, not after.
  const first = options.initial?.q ?? options.query;
  if (first)
    void compactPromise
      .then((c) => Promise.all(bucketFiles(c.analyse(first), c.head).map((path) => c.load(path))))
      .catch(() => undefined);
  const labels = await labelsPromise;
  const s = labels.strings;
  status.textContent = s.loading;

  const state: SearchState = options.initial ?? { q: options.query ?? '', filters: {}, sort: '' };
  const id = `search-${mode}`;

  // Query box: the one the dialog opened with (see opener.ts), with what was typed in it and its focus, or a new one.
  const bar = el('div', { class: 'search-bar' });
  const label = el('label', { for: `${id}-q`, class: 'search-label' }, s.label);
  const early = mode === 'dialog' ? container.querySelector('input') : null;
  const typing = early !== null && early === document.activeElement;
  const input = early ?? el('input');
  input.removeAttribute('class');
  input.removeAttribute('aria-label');
  for (const [name, value] of Object.entries({
    id: `${id}-q`,
    type: 'search',
    autocomplete: 'off',
    enterkeyhint: 'search',
    placeholder: s.placeholder,
    'aria-describedby': `${id}-hint`,
  }))
    input.setAttribute(name, value);
  if (early?.value) state.q = early.value;
  input.value = state.q;
  bar.append(label, input);
  const hint = el('p', { id: `${id}-hint`, class: 'search-hint' }, s.hint);

  // Filters and sorting.
  const panel = el('details', { class: 'search-filters' });
  const wide = window.matchMedia('(min-width: 48rem)').matches;
  if (mode === 'page' && wide) panel.open = true;
  const summary = el('summary', {}, s.filters);
  const sortLabel = el('label', { class: 'search-sort' }, `${s.sort} `);
  const sortSelect = el('select', { name: 'sort' });
  for (const [value, text] of [
    ['', s.sortRelevance],
    ['updated', s.sortUpdated],
    ['title', s.sortTitle],
  ] as const) {
    const option = el('option', { value }, text);
    option.selected = state.sort === value;
    sortSelect.append(option);
  }
  sortLabel.append(sortSelect);
  const facetBox = el('div', { class: 'search-facets' });
  // On a phone the open panel covers the results: this button, held at the
  // bottom of the screen, shows how many results the ticked values leave and
  // closes the panel onto them.
  const showResults = el('button', { type: 'button', class: 'search-show', hidden: '' });
  showResults.addEventListener('click', () => {
    panel.open = false;
    summary.focus();
    summary.scrollIntoView({ block: 'start' });
  });
  panel.append(summary, sortLabel, facetBox, showResults);
  // Each facet is a group that opens on its own: on a phone only those with a
  // ticked value start open, so that the panel fits in a few screens.
  const openGroups = new Set(wide ? labels.facets.map((f) => f.id) : Object.keys(state.filters));
  const collator = new Intl.Collator(lang);

  // Results.
  const list = el('ol', { class: 'search-results', id: `${id}-results` });
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, s.more);
  // Asks Pagefind for the passages where the words appear, or, when whole words found
  // nothing, for the words that begin with them.
  const deeper = el('button', { type: 'button', class: 'search-deeper', hidden: '' });
  const clear = el('button', { type: 'button', class: 'search-clear', hidden: '' }, s.clearFilters);
  const sortNote = el('p', { class: 'search-hint search-sort-note', hidden: '' });
  const results = el('div', { class: 'search-main' });
  results.append(status, sortNote, clear, list, more, deeper);
  const body = el('div', { class: 'search-body' });
  body.append(panel, results);
  container.replaceChildren(bar, hint, body);
  // Moved, the box lost its focus: given back at once, so that no key typed meanwhile is lost.
  if (typing) input.focus();
  if (mode === 'dialog') {
    const full = el('a', { class: 'search-full', href: labels.searchPage }, s.fullPage);
    full.addEventListener('click', () => (full.href = `${labels.searchPage}?${paramsFromState(state).toString()}`));
    container.append(full);
  }

  // Without the compact index (a failed download), Pagefind answers everything.
  const compact = await compactPromise.catch(() => undefined);
  // Facet counts need every filter index of the language, which grows with
  // the number of cases: they are loaded only once the filters are in view
  // (the panel is open, as on a wide search page) or in use.
  let allCounts: Record<string, Record<string, number>> | undefined;
  const filtersNeeded = () => panel.open || Object.keys(state.filters).length > 0;
  panel.addEventListener('toggle', () => {
    if (panel.open && !allCounts) void run();
  });
  // Pagefind answers from the first time the reader asks for what only it has, on.
  let deep = false;
  const pagefindNeeded = () => deep || !compact || filtersNeeded() || state.sort !== '';
  /** The results of the last search: Pagefind's, or the compact index's documents. */
  let current: ({ pagefind: PagefindResult } | { id: number })[] = [];
  /** The titles the compact index's buckets carried, and the words of its query. */
  let titles = new Map<number, [string, string]>();
  let queryTerms = new Set<string>();
  /** Whether the compact index's results are every result, so that "more" asks Pagefind for the rest. */
  let complete = true;
  let shown = 0;
  let generation = 0;

  function renderFacets(counts: Record<string, Record<string, number>>) {
    const focused = facetBox.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
    facetBox.replaceChildren();
    if (!allCounts) return;
    for (const facet of labels.facets) {
      const chosen = state.filters[facet.id] ?? [];
      const name = (value: string) => facet.values[value] ?? value;
      // Values in the alphabetical order of the page's language (decades in
      // time order); values that would leave no result are not offered.
      const values = Object.keys(allCounts[facet.id] ?? {})
        .filter((value) => chosen.includes(value) || (counts[facet.id]?.[value] ?? 0) > 0)
        .sort((a, b) => (facet.id === 'period' ? a.localeCompare(b) : collator.compare(name(a), name(b))));
      if (values.length === 0) continue;
      const group = el('details', { class: 'search-group' });
      group.open = openGroups.has(facet.id);
      group.addEventListener('toggle', () => {
        if (group.open) openGroups.add(facet.id);
        else openGroups.delete(facet.id);
      });
      const fieldset = el('fieldset');
      fieldset.append(el('legend', { class: 'search-legend' }, facet.label));
      for (const value of values) {
        const checked = chosen.includes(value);
        const count = counts[facet.id]?.[value] ?? 0;
        const row = el('label', { class: 'search-option' });
        const box = el('input', { type: 'checkbox', name: facet.id, value });
        box.checked = checked;
        box.addEventListener('change', () => {
          const set = new Set(state.filters[facet.id] ?? []);
          if (box.checked) set.add(value);
          else set.delete(value);
          if (set.size) state.filters[facet.id] = [...set];
          else delete state.filters[facet.id];
          void run();
        });
        row.append(box, ` ${name(value)} `, el('span', { class: 'search-count' }, `(${count})`));
        fieldset.append(row);
        if (focused?.name === facet.id && focused.value === value) queueMicrotask(() => box.focus());
      }
      const groupSummary = el('summary', {}, facet.label);
      if (chosen.length) groupSummary.append(el('span', { class: 'search-count' }, ` (${chosen.length})`));
      group.append(groupSummary, fieldset);
      facetBox.append(group);
    }
  }

  /**
   * The counts shown beside each value: how many results there would be
   * with that value ticked too. Values of one facet add to each other, so a
   * facet in use is counted without its own values.
   */
  async function facetCounts(pagefind: Pagefind, q: string | null, search: PagefindSearch) {
    const counts = { ...search.filters };
    for (const facet of Object.keys(state.filters)) {
      const others = { ...state.filters };
      delete others[facet];
      const without = await pagefind.search(q, { filters: pagefindFilters(others) });
      counts[facet] = without?.filters[facet] ?? {};
    }
    return counts;
  }

  function announce(n: number) {
    status.textContent = n === 0 ? s.resultsNone : n === 1 ? s.resultsOne : s.resultsMany.replace('{n}', String(n));
  }

  /** Fills a result's item: its title, what it is, and its excerpt (`excerpt` adds it to the paragraph). */
  function fill(item: HTMLLIElement, link: HTMLAnchorElement, shown: Shown, excerpt: (p: HTMLElement) => void) {
    // An untranslated case or practice is shown (and indexed) in its original language:
    // the result says so, so that its title and excerpt are read in their own direction;
    // its kind and countries stay in the page's language.
    const { textLang, textDir } = shown;
    const foreign = Boolean(textLang && textDir && textLang !== lang);
    if (foreign) {
      item.lang = textLang!;
      item.dir = textDir!;
    }
    link.href = shown.url;
    link.textContent = shown.title;
    // What the result is (case, practice, programme…), then its kind and countries.
    const { type, kind, countries } = shown;
    if (type || kind || countries) {
      const meta = el('p', { class: 'search-meta', ...(foreign ? { lang, dir: pageDir } : {}) });
      if (type) meta.append(el('span', { class: 'search-type' }, type));
      const rest = [kind, countries].filter(Boolean).join(' · ');
      if (rest) meta.append(type ? ` · ${rest}` : rest);
      item.append(meta);
    }
    const paragraph = el('p', { class: 'search-excerpt' });
    excerpt(paragraph);
    item.append(paragraph);
  }

  async function showMore() {
    // Taken before waiting, so that a second tap on "more" takes the next results, and
    // dropped if a new search has started meanwhile.
    const mine = generation;
    const batch = current.slice(shown, shown + PAGE);
    shown += batch.length;
    more.hidden = shown >= current.length && complete;
    const ids = batch.flatMap((r) => ('id' in r ? [r.id] : []));
    if (ids.length) return showCompact(mine, ids);
    const datas = await Promise.all(batch.flatMap((r) => ('pagefind' in r ? [r.pagefind.data()] : [])));
    if (mine !== generation) return;
    for (const data of datas) {
      const item = el('li', { class: 'search-result' });
      const link = el('a');
      item.append(link);
      const meta = Object.fromEntries(
        Object.entries(data.meta).map(([key, value]) => [key, value && withoutHairSpaces(value)]),
      );
      const shown = { ...meta, url: data.url, title: meta.title ?? data.url };
      // Pagefind escapes the page text and adds only <mark> around matches.
      fill(item, link, shown, (p) => (p.innerHTML = withoutHairSpaces(data.excerpt)));
      list.append(item);
    }
  }

  /**
   * Shows results of the compact index: at once with the titles its buckets
   * carried, then what each is and its summary as its card arrives. A result
   * whose title no bucket carried waits for its card.
   */
  async function showCompact(mine: number, ids: number[]) {
    // A card that fails to arrive leaves its result as a title, or out when its title is unknown.
    const cards = ids.map((id) => compact!.card(id).catch(() => undefined));
    if (ids.some((id) => !titles.has(id))) await Promise.all(cards);
    if (mine !== generation) return;
    ids.forEach((id, i) => {
      const item = el('li', { class: 'search-result' });
      const known = titles.get(id);
      const link = el('a', known ? { href: `${base}${lang}/${known[0]}` } : {}, known?.[1] ?? '');
      item.append(link);
      list.append(item);
      void cards[i].then((card) => {
        if (mine !== generation) return;
        if (card)
          fill(item, link, card, (p) => p.append(highlighted(card.summary ?? '', queryTerms, compact!.analyse)));
        else if (!known) item.remove();
      });
    });
  }

  // The results are marked busy while a search runs, for screen readers and for tests.
  async function run(): Promise<void> {
    const mine = ++generation;
    results.setAttribute('aria-busy', 'true');
    try {
      await update(mine);
    } catch {
      if (mine === generation) unreachable();
    }
    if (mine === generation) results.removeAttribute('aria-busy');
  }

  /**
   * What the reader sees when an index file the query needs did not arrive
   * (offline, or the network dropped): no results that belong to another
   * query, and a sentence that says why. The query runs again by itself
   * when the browser is back online.
   */
  function unreachable() {
    current = [];
    list.replaceChildren();
    more.hidden = true;
    deeper.hidden = true;
    showResults.hidden = true;
    status.textContent = s.unreachable;
    // The same listener is added once, however many queries failed.
    window.addEventListener('online', runAgain, { once: true });
  }
  const runAgain = () => void run();

  async function update(mine: number) {
    const hasFilters = Object.keys(state.filters).length > 0;
    if (mode === 'page') keepInAddress(paramsFromState(state));
    clear.hidden = !hasFilters;
    if (!pagefindNeeded() && (await answerCompact(mine))) return;
    if (mine !== generation) return;
    deeper.hidden = true;
    const pagefind = await loadPagefind(lang, base);
    if (mine !== generation) return;
    if (filtersNeeded() && !allCounts) {
      allCounts = await pagefind.filters();
      if (mine !== generation) return;
    }
    if (!state.q.trim() && !hasFilters) {
      current = [];
      list.replaceChildren();
      more.hidden = true;
      sortNote.hidden = true;
      showResults.hidden = true;
      status.textContent = '';
      renderFacets(allCounts ?? {});
      return;
    }
    const q = forPagefind.query(state.q.trim()) || null;
    const filters = pagefindFilters(state.filters);
    const search = await pagefind.search(q, {
      filters,
      ...(state.sort ? { sort: { [state.sort]: state.sort === 'title' ? 'asc' : 'desc' } } : {}),
    });
    if (mine !== generation || !search) return;
    // Pagefind leaves out of a sorted search the pages without that sort key
    // (organisations and programmes have no date): they follow the sorted
    // results, in order of relevance, and a note says so. Every indexed page
    // has a title key (SearchData.astro).
    let found = search.results;
    let unsorted = 0;
    if (state.sort === 'updated') {
      const sorted = new Set(found.map((r) => r.id));
      const rest = (await pagefind.search(q, { filters }))?.results.filter((r) => !sorted.has(r.id)) ?? [];
      if (mine !== generation) return;
      found = [...found, ...rest];
      unsorted = rest.length;
    }
    const counts = filtersNeeded() ? await facetCounts(pagefind, q, search) : search.filters;
    if (mine !== generation) return;
    sortNote.hidden = unsorted === 0;
    sortNote.textContent = s.sortUpdatedNote;
    complete = true;
    current = found.map((r) => ({ pagefind: r }));
    shown = 0;
    list.replaceChildren();
    renderFacets(counts);
    showResults.textContent = s.showResults.replace('{n}', String(current.length));
    showResults.hidden = false;
    await showMore();
    announce(current.length);
    if (current.length === 0) status.textContent = hasFilters ? `${s.empty}` : s.resultsNone;
  }

  /**
   * Answers the query from the compact index, or returns false when only
   * Pagefind can: every word is so common that the index lists only some
   * of its documents and none of them has them all, or the index could not
   * be read.
   */
  async function answerCompact(mine: number): Promise<boolean> {
    if (!compact) return false;
    sortNote.hidden = true;
    showResults.hidden = true;
    const q = state.q.trim();
    // A bucket that fails to arrive (a flaky network) leaves the query to Pagefind.
    const found = q
      ? await searchCompact(q, compact.analyse, compact.head, compact.load).catch(() => undefined)
      : { ids: [], total: 0, complete: true, titles: new Map<number, [string, string]>() };
    if (mine !== generation) return true;
    if (!found || (found.total === 0 && !found.complete)) return false;
    current = found.ids.map((id) => ({ id }));
    titles = found.titles;
    queryTerms = new Set(compact.analyse(q));
    complete = found.complete;
    shown = 0;
    list.replaceChildren();
    renderFacets(allCounts ?? {});
    if (!q) {
      more.hidden = true;
      deeper.hidden = true;
      status.textContent = '';
      return true;
    }
    await showMore();
    if (mine !== generation) return true;
    if (complete) announce(found.total);
    else status.textContent = s.resultsAtLeast.replace('{n}', String(found.total));
    deeper.textContent = found.total === 0 ? s.wider : s.excerpts;
    deeper.hidden = false;
    return true;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    state.q = input.value;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  // Enter searches at once (there is no form to submit); on a touch screen it
  // also puts the keyboard away, so that the results are in view.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    void run();
    if (window.matchMedia('(pointer: coarse)').matches) input.blur();
  });
  sortSelect.addEventListener('change', () => {
    state.sort = sortSelect.value as Sort;
    void run();
  });
  more.addEventListener('click', () => {
    if (shown < current.length) void showMore();
    else {
      // The compact index listed all it had of a very common word: Pagefind has the rest.
      deep = true;
      void run();
    }
  });
  deeper.addEventListener('click', () => {
    deep = true;
    void run().then(() => (list.querySelector('a') ?? input).focus());
  });
  clear.addEventListener('click', () => {
    state.filters = {};
    void run();
    input.focus();
  });
  // Arrow keys move between the query box and the results; Enter follows the focused link.
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)].focus();
  });

  await run();
  return {
    strings: { ...s, title: s.title, close: s.close },
    setQuery(q: string) {
      input.value = q;
      state.q = q;
      void run();
    },
    focus: () => input.focus(),
    state: () => state,
  };
}
