/**
 * Content-Security-Policy for every page the app serves. Scripts and styles come only from our own
 * origin: no eval, no inline script. `style-src` has no 'unsafe-inline' in production (React sets
 * inline styles through the CSSOM, which CSP does not govern); the dev server injects <style> tags and
 * an inline React-refresh preamble, so the dev policy allows inline and the dev server's websocket.
 * https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
 */
const BASE: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'media-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
  'frame-ancestors': "'none'",
};

const serialize = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY = serialize(BASE);

/**
 * The same policy for a <meta http-equiv> tag in the built pages: a second layer if a page is ever
 * loaded without our headers, and a form security scanners can read (a header set from a variable
 * they cannot). `frame-ancestors` is left out because browsers ignore it in a meta tag
 * (https://www.w3.org/TR/CSP3/#meta-element); the header keeps it.
 */
export const META_CONTENT_SECURITY_POLICY = serialize(
  Object.fromEntries(Object.entries(BASE).filter(([k]) => k !== 'frame-ancestors')),
);

/** The policy while developing against the Vite dev server at `devOrigin` (e.g. http://localhost:5173). */
export function devContentSecurityPolicy(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws');
  return serialize({
    ...BASE,
    'script-src': "'self' 'unsafe-inline'",
    'style-src': "'self' 'unsafe-inline'",
    'connect-src': `'self' ${ws}`,
  });
}
