/**
 * Debian's Chromium through playwright-core, headless, with the flags that
 * keep it off the network (nothing is downloaded), and the slow phone the
 * benchmark and the tests both emulate.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The full browser a visitor runs: the benchmark and the screenshots use it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`, the build
 * Playwright itself runs headless tests in): the same engine without the
 * browser's interface, which took about a third less CPU than the full
 * browser for the same browser tests (docs/benchmarks.md). The tests use it
 * when it is installed, and the full browser otherwise.
 */
export const HEADLESS_SHELL = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

/**
 * Launches Chromium, off the network (nothing is downloaded): the full
 * browser, or the headless shell when `shell` is asked and installed, with
 * the command-line switches `args` added.
 */
export async function launchBrowser({
  shell = false,
  args = [],
}: { shell?: boolean; args?: string[] } = {}): Promise<Browser> {
  const executablePath = shell && existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM;
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/**
 * Chrome DevTools' "Fast 3G" network (about 1.6 Mbit/s down, 150 ms round
 * trip) and a phone's slower processor (4× the test machine's), applied to a
 * page through the DevTools protocol.
 * @see https://chromedevtools.github.io/devtools-protocol/tot/Network/#method-emulateNetworkConditions
 */
export async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/**
 * Milliseconds by the page's own clock from the first `startEvent` the page
 * receives (a tap into a box is `focusin`, typing is `input`, a tap on a
 * button is `click`) to the first frame painted once `ready(arg)` holds,
 * while `act` drives the page. Measured in the page, so that the time the
 * browser driver takes to reach a slowed-down page is not counted.
 */
export async function timeInPage<A>(
  page: Page,
  startEvent: string,
  ready: (arg: A) => boolean,
  arg: A,
  act: () => Promise<void>,
): Promise<number> {
  // `__name`: what tsx's transform may call inside functions to keep their names.
  await page.evaluate(
    `var __name = (f) => f; (${((event: string, isReady: (arg: unknown) => boolean, readyArg: unknown) => {
      const times: { start?: number; end?: number } = {};
      (window as unknown as { __timing: typeof times }).__timing = times;
      document.addEventListener(event, (e) => (times.start ??= e.timeStamp), { capture: true });
      const check = () => {
        if (times.start === undefined || !isReady(readyArg)) return;
        observer.disconnect();
        // The frame that shows it: after the next paint.
        requestAnimationFrame(() => setTimeout(() => (times.end = performance.now())));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    }).toString()})(${JSON.stringify(startEvent)}, ${ready.toString()}, ${JSON.stringify(arg)})`,
  );
  await act();
  const timing = await page.waitForFunction(
    () => {
      const { start, end } = (window as unknown as { __timing: { start?: number; end?: number } }).__timing;
      return end !== undefined && start !== undefined && end - start;
    },
    null,
    { timeout: 120_000 },
  );
  return Math.round((await timing.jsonValue()) as number);
}
