/**
 * One build of the fixture content for the build tests that need another
 * configuration than the real site's: served under a sub-path
 * (`https://<owner>.github.io/codev-atlas/`, as a GitHub Pages project site
 * is), with its own origin and repository, and with one case and one
 * practice renamed. Made once per run by `sub-path-setup.ts`.
 */
import type {} from 'vitest';

/** The base path, as a GitHub Pages project site has. */
export const BASE = '/codev-atlas/';
/** Another origin than the real site's, so that a hard-coded one shows. */
export const ORIGIN = 'https://atlas.example.org';
/** A fork's repository, which the "Edit this page" and issue links must follow. */
export const REPOSITORY = 'https://github.com/example-org/atlas-fork';

/** A contact address, which the "Report an error" e-mails must go to. */
export const CONTACT = 'errors@atlas.example.org';

/** The renamed entries: section, former slug, current slug. */
export const MOVES = [
  ['cases', 'old-diaspora-case', 'example-diaspora'],
  ['practices', 'old-practice', 'example-practice'],
] as const;

/** The settings of the sub-path build, beside the content folder it is built from. */
export function subPathSettings(content: string): Record<string, string> {
  return {
    ATLAS_CONTENT_DIR: content,
    BASE_PATH: BASE,
    SITE_URL: ORIGIN,
    ATLAS_REPOSITORY_URL: REPOSITORY,
    ATLAS_CONTACT_EMAIL: CONTACT,
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder served as the host's root; the site is in its `BASE` sub-folder. */
    subPathRoot: string;
    /** The content the sub-path site is built from (the fixture with its renamed entries). */
    subPathContent: string;
  }
}
