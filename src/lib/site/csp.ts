/**
 * The Content-Security-Policy of every page: scripts, styles and requests
 * from the site's own origin only, no inline script, and WebAssembly
 * compilation for Pagefind's search ('wasm-unsafe-eval'), nothing more.
 * Delivered as a meta tag (any host) and in `_headers` (hosts that read one).
 * @see https://www.w3.org/TR/CSP3/
 */
const directives: Record<string, string[]> = {
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

const serialize = (d: Record<string, string[]>) =>
  Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** The policy for the `<meta http-equiv>` tag (which cannot carry frame-ancestors). */
export const CSP_META = serialize(directives);

/** The policy for HTTP headers, where frame-ancestors can forbid framing. */
export const CSP_HEADER = serialize({ ...directives, 'frame-ancestors': ["'none'"] });

/** Headers every response should carry, for `_headers` and the test server. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
