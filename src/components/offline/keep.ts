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

/** A page and what it needs to show, from the site's own address only. */
async function keepPage(cache: Cache, path: string): Promise<void> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.clone().text();
  await cache.put(path, response);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const needed = [...doc.querySelectorAll('link[rel=stylesheet][href], script[src], img[src]')]
    .map((e) => new URL(e.getAttribute('href') ?? e.getAttribute('src')!, location.href))
    .filter((url) => url.origin === location.origin)
    .map((url) => url.pathname);
  await Promise.all([...new Set(needed)].map((url) => cache.add(url)));
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
    try {
      const cache = await caches.open(CACHES.kept);
      for (const path of [entry.path, ...entry.cases]) await keepPage(cache, path);
      writeKept([...readKept().filter((k) => k.path !== entry.path), { ...entry, kept: new Date().toISOString() }]);
      say('kept');
    } catch {
      say('failed');
    } finally {
      button.disabled = false;
    }
  };
}

/** Removes a kept page from the device, with the cases no other kept page cites. */
export async function removeKept(path: string): Promise<void> {
  const kept = readKept();
  const rest = kept.filter((k) => k.path !== path);
  const stillKept = new Set(rest.flatMap((k) => [k.path, ...k.cases]));
  const removed = kept.filter((k) => k.path === path).flatMap((k) => [k.path, ...k.cases]);
  const cache = await caches.open(CACHES.kept);
  await Promise.all(removed.filter((p) => !stillKept.has(p)).map((p) => cache.delete(p)));
  writeKept(rest);
}

/** Fills the list of kept pages, each with its remove button; `none` shows when there is none. */
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
