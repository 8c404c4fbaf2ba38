import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './csp';

/**
 * A build plugin that puts the production CSP into every built page as a meta tag (csp.ts says why).
 * Build only: the dev server's pages need the looser dev policy, which comes as a header.
 */
export function cspMetaTag(): Plugin {
  return {
    name: 'mobes-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
