/**
 * The fewest facts a published case can have, less its `kind` (and the
 * `diaspora` block that goes with one of them), which each test chooses.
 */
export const MINIMAL_CASE = {
  status: 'published',
  published: '2026-01-01',
  updated: '2026-01-01',
  authors: ['someone'],
  originalLanguage: 'fr',
  places: [{ country: 'MA' }],
  scale: 'local',
  period: { start: 2017 },
  themes: ['education'],
  sources: [{ key: 'a', title: 'A', publisher: 'B' }],
  ledBy: 'diaspora-organisation',
};
