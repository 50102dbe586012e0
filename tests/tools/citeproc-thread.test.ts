/**
 * citeproc in its worker thread, as the build runs it: the same citations as
 * in the page, and a thread that stops once idle for a second and starts
 * again for the next citation (the idle delay runs on fake timers).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/schemas/common';
import { formatCitation } from '../../src/lib/cite/cite';
import { citationThreadRunning, formatCitationInThread, stopCitationThread } from '../../src/lib/cite/citeproc-thread';
import { arabic, work } from '../helpers/citable';

afterEach(async () => {
  vi.useRealTimers();
  await stopCitationThread();
});

describe('the citation thread', () => {
  it('formats in the citation thread exactly what it formats in the page, in every style and language', async () => {
    const works = [work(), arabic(), work({ lang: 'fr', textLang: 'fr' })];
    const cases = works.flatMap((w) =>
      LANGS.flatMap((lang) => (['apa', 'chicago'] as const).map((style) => ({ w, lang, style }))),
    );
    const inThread = await Promise.all(cases.map(({ w, style, lang }) => formatCitationInThread(w, style, lang)));
    expect(inThread).toEqual(cases.map(({ w, style, lang }) => formatCitation(w, style, lang)));
  });

  it('stops the citation thread once it is idle, and starts a new one for the next citation', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = await formatCitationInThread(work(), 'apa', 'en');
    vi.advanceTimersByTime(999);
    expect(citationThreadRunning()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(citationThreadRunning()).toBe(false);
    expect(await formatCitationInThread(work(), 'apa', 'en')).toEqual(first);
    expect(citationThreadRunning()).toBe(true);
  });
});
