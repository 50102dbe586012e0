/**
 * "Keep for offline": a practice or programme page saved on the device with
 * the cases it cites, each with its stylesheets, scripts and pictures, in the
 * cache the service worker reads when the network is down (src/offline/sw.ts);
 * the list of kept pages is in the browser's storage, for the page that lists
 * them and removes them.
 * @see https://developer.mozilla.org/docs/Web/API/Cache
 */
import { CACHES, KEPT_KEY, type KeptPage } from '../../offline/rules';

/** The pages kept on this device, oldest first. */
export function readKept(): KeptPage[] {
  try {
    return JSON.parse(localStorage.getItem(KEPT_KEY) ?? '[]') as KeptPage[];
  } catch {
    return [];
  }
}

const writeKept = (kept: KeptPage[]) => localStorage.setItem(KEPT_KEY, JSON.stringify(kept));

/** The files a kept page put in the cache (its own record, else, for a page kept before files were recorded, its pages). */
const filesOf = (k: KeptPage) => k.files ?? [k.path, ...k.cases];

/** Deletes from the kept cache the files of `files` that no page of `kept` needs. */
async function forget(cache: Cache, files: Iterable<string>, kept: KeptPage[]): Promise<void> {
  const needed = new Set(kept.flatMap(filesOf));
  await Promise.all([...files].filter((file) => !needed.has(file)).map((file) => cache.delete(file)));
}

/**
 * A page and what it needs to show, from the site's own address only; every
 * file put in the cache is added to `files` as it is, so that a save cut
 * short can be undone.
 */
async function keepPage(cache: Cache, path: string, files: Set<string>): Promise<void> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.clone().text();
  await cache.put(path, response);
  files.add(path);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const needed = [...doc.querySelectorAll('link[rel=stylesheet][href], script[src], img[src]')]
    .map((e) => new URL(e.getAttribute('href') ?? e.getAttribute('src')!, location.href))
    .filter((url) => url.origin === location.origin)
    .map((url) => url.pathname);
  // Every download ends before the save does, so that none is added to the cache after a failure was undone.
  const saved = await Promise.allSettled(
    [...new Set(needed)].map(async (file) => {
      await cache.add(file);
      files.add(file);
    }),
  );
  if (saved.some((result) => result.status === 'rejected')) throw new Error(`${path}: a file it needs did not arrive`);
}

/** Wires the "Keep for offline" control of a page (KeepOffline.astro). */
export function enhanceKeep(box: HTMLElement): void {
  if (!('caches' in window) || !('serviceWorker' in navigator)) return;
  const entry = JSON.parse(box.dataset.keep!) as Omit<KeptPage, 'kept'>;
  const button = box.querySelector('button')!;
  const status = box.querySelector<HTMLElement>('[role=status]')!;
  const say = (what: 'saving' | 'kept' | 'failed') => (status.textContent = status.dataset[what]!);
  box.hidden = false;
  if (readKept().some((k) => k.path === entry.path)) say('kept');
  button.onclick = async () => {
    button.disabled = true;
    say('saving');
    const files = new Set<string>();
    try {
      const cache = await caches.open(CACHES.kept);
      try {
        for (const path of [entry.path, ...entry.cases]) await keepPage(cache, path, files);
      } catch (error) {
        // A save cut short (the network dropped) leaves nothing behind that no list shows.
        await forget(cache, files, readKept());
        throw error;
      }
      await replaceKept(cache, entry.path, { ...entry, files: [...files], kept: new Date().toISOString() });
      // Asks the browser not to clear the kept pages when the device runs short of space (granted or not
      // by the browser, without asking the reader in most).
      // @see https://developer.mozilla.org/docs/Web/API/StorageManager/persist
      void navigator.storage?.persist?.().catch(() => undefined);
      say('kept');
    } catch {
      say('failed');
    } finally {
      button.disabled = false;
    }
  };
}

/**
 * Puts `entry` in the list of kept pages in place of the page at `path`
 * (none: the page is removed), then deletes the files the page kept before
 * that no kept page needs now: a page kept again after the site changed
 * leaves no stylesheet or picture of its former version behind.
 */
async function replaceKept(cache: Cache, path: string, entry?: KeptPage): Promise<void> {
  const kept = readKept();
  const now = [...kept.filter((k) => k.path !== path), ...(entry ? [entry] : [])];
  writeKept(now);
  await forget(cache, kept.filter((k) => k.path === path).flatMap(filesOf), now);
}

/** Removes a kept page from the device, with every file no other kept page needs. */
export async function removeKept(path: string): Promise<void> {
  await replaceKept(await caches.open(CACHES.kept), path);
}

/**
 * Fills the list of kept pages, each with its remove button, in every
 * language the reader kept pages in (each title marked with its own);
 * `none` shows when there is none.
 */
export function listKept(list: HTMLUListElement, none: HTMLElement): void {
  const render = () => {
    const kept = readKept();
    none.hidden = kept.length > 0;
    list.replaceChildren(
      ...kept.map((k) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = k.path;
        link.textContent = k.title;
        if (k.lang) link.lang = k.lang;
        link.dir = k.dir ?? 'auto';
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'ms-3 text-sm text-brand underline';
        remove.textContent = list.dataset.remove!;
        remove.onclick = () => void removeKept(k.path).then(render);
        item.append(link, remove);
        return item;
      }),
    );
  };
  render();
}
