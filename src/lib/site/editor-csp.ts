/**
 * The Content-Security-Policy of the web editor at `/admin/`, apart from the
 * site's (`csp.ts`): the editor is the site's one page that talks to another
 * origin, GitHub's API, where it reads the repository and opens pull
 * requests with the contributor's token; everything else comes from the
 * site's own origin. Avatars come from GitHub's image host; the editor draws
 * previews from `blob:` and `data:` addresses it makes itself, and sets
 * inline styles on its widgets (`'unsafe-inline'` for styles only, never
 * for scripts).
 * @see https://www.w3.org/TR/CSP3/
 */
const directives: Record<string, string[]> = {
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

const serialize = (d: Record<string, string[]>) =>
  Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** The editor's policy for its `<meta http-equiv>` tag (which cannot carry frame-ancestors). */
export const EDITOR_CSP_META = serialize(directives);

/**
 * The headers of `/admin/*` for hosts that read `_headers`: the editor's
 * policy, which forbids framing, and no indexing by search engines.
 */
export const EDITOR_HEADERS: Record<string, string> = {
  'Content-Security-Policy': serialize({ ...directives, 'frame-ancestors': ["'none'"] }),
  'X-Robots-Tag': 'noindex, nofollow',
};
