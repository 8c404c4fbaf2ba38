import { session } from 'electron';
import { installAppProtocol } from '../security/appProtocol';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../security/csp';
import { denyAllPermissions, enforceCspHeader, installWebContentsGuards } from '../security/guards';
import type { pageLocator } from '../windows/pages';

export interface SecurityContext {
  pages: ReturnType<typeof pageLocator>;
  /** The built renderer, served over the app:// protocol. */
  rendererDir: string;
  log(message: string): void;
}

/** Electron's security checklist, applied before any window exists: guards, permissions, CSP, protocol. */
export function installSecurity(ctx: SecurityContext): void {
  installWebContentsGuards((m) => ctx.log(m));
  denyAllPermissions(session.defaultSession);
  enforceCspHeader(
    session.defaultSession,
    ctx.pages.devOrigin ? devContentSecurityPolicy(ctx.pages.devOrigin) : CONTENT_SECURITY_POLICY,
  );
  installAppProtocol(ctx.rendererDir);
}
