import { basename, dirname, extname, join } from 'node:path';

/**
 * The name a damaged file is moved to, beside the original: history.jsonl -> history.corrupt-<time>.jsonl.
 * The time is ISO without ':' (not allowed in Windows file names).
 */
export function asideName(file: string, label: string, at: number): string {
  const ext = extname(file);
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), `${basename(file, ext)}.${label}-${stamp}${ext}`);
}
