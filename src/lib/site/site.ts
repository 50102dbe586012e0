/**
 * Where the site is published and where its sources live: the one place a
 * fork changes, each value read from an environment variable with a default.
 * `astro.config.mjs` takes the address and base path from here, and the
 * "Edit this page" links and the Contribute page take the repository.
 * The deploy workflow sets them from GitHub's own values, so a fork deploys
 * to its own Pages site with edit links to its own repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Public origin of the site (`SITE_URL`), used for canonical and alternate links. */
export const SITE_URL = process.env.SITE_URL || 'https://codev-atlas.github.io';

/** Sub-path the site is served under (`BASE_PATH`), e.g. `/codev-atlas/` for a GitHub Pages project site. */
export const BASE_PATH = process.env.BASE_PATH || '/';

/** Web address of the repository (`ATLAS_REPOSITORY_URL`), without a trailing slash. */
export const REPOSITORY_URL = (
  process.env.ATLAS_REPOSITORY_URL || 'https://github.com/codev-atlas/codev-atlas'
).replace(/\/+$/, '');

/** Branch that pull requests target and edit links open (`ATLAS_REPOSITORY_BRANCH`). */
export const REPOSITORY_BRANCH = process.env.ATLAS_REPOSITORY_BRANCH || 'main';

/** The page of the repository's web editor for a file (`content/cases/x/case.fr.md`): opening it proposes a change by pull request. */
export function editUrl(file: string): string {
  return `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file.replace(/^\/+/, '')}`;
}

/**
 * The repository's web editor on a new file at `file`, filled with `value`:
 * saving it proposes the file by pull request. Slashes stay as they are, so
 * that GitHub creates the folders.
 */
export function newFileUrl(file: string, value: string): string {
  const path = file.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
  return `${REPOSITORY_URL}/new/${REPOSITORY_BRANCH}?filename=${path}&value=${unescapeLetters(encodeURIComponent(value))}`;
}

/**
 * A percent-encoded query with its non-Latin letters written as themselves
 * (`%D8%A7` → `ا`): an address may hold them as they are (browsers encode
 * them when they follow the link), and an Arabic text takes a third of the
 * bytes, which a page's byte budget feels. Everything else stays encoded.
 * @see https://url.spec.whatwg.org/#query-percent-encode-set
 */
export function unescapeLetters(query: string): string {
  return query.replace(/(?:%[C-F][0-9A-F](?:%[89AB][0-9A-F])+)+/gi, (encoded) =>
    [...decodeURIComponent(encoded)]
      .map((char) => (/^[\p{L}\p{M}\p{N}]$/u.test(char) ? char : encodeURIComponent(char)))
      .join(''),
  );
}

/** A page of the repository on its host: a file (`blob/main/CONTRIBUTING.md`) or the form for a new issue. */
export function repositoryPage(path: string): string {
  return `${REPOSITORY_URL}/${path.replace(/^\/+/, '')}`;
}

/** The guide for contributors in a language: French, Arabic (a shorter guide to contributing without git), or English for the others. */
export function guideUrl(lang: string): string {
  return repositoryPage(`blob/${REPOSITORY_BRANCH}/${guideFile(lang)}`);
}

/** The guide's file for a language, from the repository's root. */
function guideFile(lang: string): string {
  return lang === 'fr' ? 'CONTRIBUTING.md' : lang === 'ar' ? 'CONTRIBUTING.ar.md' : 'CONTRIBUTING.en.md';
}

/**
 * The form to open an issue from one of `.github/ISSUE_TEMPLATE/`: the
 * bilingual French and English form, or its Arabic version for `ar`
 * (GitHub shows forms as written, in one language each), with some of its
 * fields filled in (the issue's `title`, or a field's `id`).
 */
export function issueFormUrl(
  template: 'propose-case' | 'report-error',
  lang?: string,
  fields: Record<string, string> = {},
): string {
  const query = new URLSearchParams({ template: `${template}${lang === 'ar' ? '.ar' : ''}.yml`, ...fields });
  return repositoryPage(`issues/new?${unescapeLetters(query.toString().replaceAll('+', '%20'))}`);
}

/** The first e-mail address of a contact or author in `CITATION.cff`, the file that says who answers for the atlas. */
function citationEmail(file = 'CITATION.cff'): string | undefined {
  if (!existsSync(file)) return undefined;
  const cff = (parse(readFileSync(file, 'utf8')) ?? {}) as {
    contact?: { email?: string }[];
    authors?: { email?: string }[];
  };
  return [...(cff.contact ?? []), ...(cff.authors ?? [])].find((person) => person?.email)?.email;
}

/**
 * Where readers without a repository account report an error
 * (`ATLAS_CONTACT_EMAIL`, else the contact's e-mail in `CITATION.cff`).
 * Without either, pages offer only the repository's form: the atlas makes up
 * no address.
 */
export const CONTACT_EMAIL: string | undefined = process.env.ATLAS_CONTACT_EMAIL?.trim() || citationEmail();

/** A `mailto:` link to the contact address with a subject and a body filled in, or nothing without an address. */
export function contactMailto(subject: string, body: string): string | undefined {
  if (!CONTACT_EMAIL) return undefined;
  return `mailto:${CONTACT_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
