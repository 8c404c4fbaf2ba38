import { shell } from 'electron';

/**
 * Origins a link may open in the user's browser. The app links nowhere today; an origin added here
 * must be https. Everything else is refused, so a compromised page cannot launch arbitrary handlers.
 * https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
 */
export const EXTERNAL_ORIGINS: readonly string[] = [];

export function isAllowedExternalUrl(url: string, allowed: readonly string[] = EXTERNAL_ORIGINS): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password && allowed.includes(u.origin);
  } catch {
    return false;
  }
}

/** Opens `url` in the browser only when allowlisted; returns whether it did. */
export async function openExternalSafely(
  url: string,
  allowed: readonly string[] = EXTERNAL_ORIGINS,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowed)) return false;
  await shell.openExternal(url);
  return true;
}
