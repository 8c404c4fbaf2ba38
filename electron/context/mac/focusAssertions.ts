import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ContextSource } from '../source';
import { createPolledSource, type PollResult } from '../polledSource';

/**
 * Focus / Do Not Disturb on macOS 12+: while a Focus is on, macOS keeps an assertion record in
 * ~/Library/DoNotDisturb/DB/Assertions.json ({"data":[{"storeAssertionRecords":[…]}]}); no records,
 * or no file, means off. macOS has no public API for Focus state (the Focus filter API is for an app's
 * own Focus settings). Reading the folder may need Full Disk Access: a refusal reads as unknown.
 */
export const FOCUS_DB = join(homedir(), 'Library', 'DoNotDisturb', 'DB');

export function focusFromAssertions(json: string): PollResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { problem: 'Assertions.json is not JSON' };
  }
  const data = (doc as { data?: unknown })?.data;
  if (!Array.isArray(data)) return { problem: 'Assertions.json has no data list' };
  const on = data.some((entry) => {
    const records = (entry as { storeAssertionRecords?: unknown })?.storeAssertionRecords;
    return Array.isArray(records) && records.length > 0;
  });
  return { signals: { dnd: on ? 'busy' : 'free' } };
}

export async function readFocus(dir = FOCUS_DB): Promise<PollResult> {
  try {
    return focusFromAssertions(await readFile(join(dir, 'Assertions.json'), 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { signals: { dnd: 'free' } };
    if (code === 'EPERM' || code === 'EACCES')
      return { problem: 'macOS does not let Mobes read the Focus state (Full Disk Access)' };
    return { problem: `cannot read Assertions.json (${code ?? err})` };
  }
}

export function createMacFocusSource(dir?: string): ContextSource {
  return createPolledSource({
    id: 'mac-focus',
    label: 'Focus / Do Not Disturb (macOS)',
    signals: ['dnd'],
    read: () => readFocus(dir),
  });
}
