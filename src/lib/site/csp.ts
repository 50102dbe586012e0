/**
 * The Content-Security-Policies of the site: one for every page, and one for
 * the web editor at `/admin/`, its only page that talks to another origin.
 * Each is delivered as a meta tag (any host) and in `_headers` (hosts that
 * read one), where it can also forbid framing.
 * @see https://www.w3.org/TR/CSP3/
 */

type Directives = Record<string, string[]>;

/**
 * Every page: scripts, styles and requests from the site's own origin only,
 * no inline script, and WebAssembly compilation for Pagefind's search
 * ('wasm-unsafe-eval'), nothing more.
 */
const SITE: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * The web editor: GitHub's API, where it reads the repository and opens pull
 * requests with the contributor's token, and GitHub's image host for avatars;
 * everything else from the site's own origin. It draws previews from `blob:`
 * and `data:` addresses it makes itself, and sets inline styles on its
 * widgets (`'unsafe-inline'` for styles only, never for scripts).
 */
const EDITOR: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'data:', 'https://api.github.com', 'https://www.githubstatus.com'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

const serialize = (d: Directives) =>
  Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** A policy for the `<meta http-equiv>` tag, which cannot carry frame-ancestors. */
const meta = (d: Directives) => serialize(d);
/** A policy for HTTP headers, where frame-ancestors forbids framing. */
const header = (d: Directives) => serialize({ ...d, 'frame-ancestors': ["'none'"] });

/** The site's policy for the meta tag of every page. */
export const CSP_META = meta(SITE);

/** The site's policy as a header. */
export const CSP_HEADER = header(SITE);

/** The editor's policy for the meta tag of its page. */
export const EDITOR_CSP_META = meta(EDITOR);

/** Headers every response carries, the editor's included. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The headers of the editor's folder: its policy, and no indexing by search engines. */
export const EDITOR_HEADERS: Record<string, string> = {
  'Content-Security-Policy': header(EDITOR),
  'X-Robots-Tag': 'noindex, nofollow',
};
