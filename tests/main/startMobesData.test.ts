/** The main process and the user's data: crash checkpoints, an unwritable folder, export, notices. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import type { BreakView } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../../shared/ipc/contract';
import { state } from './electronDouble';
import { BREAK_WINDOW } from '../../shared/geometry/windowSizes';
import {
  breakWin,
  flush,
  historyLines,
  invoke,
  menu,
  run,
  start,
  useStartHarness,
  WORK_TIME,
} from './startHarness';

useStartHarness();

describe("composition root: the user's data", () => {
  it('tells the user once about a history file it had to move aside', () => {
    mkdirSync(join(run.dir, 'userData'), { recursive: true });
    writeFileSync(join(run.dir, 'userData/history.jsonl'), 'broken\n{"kind":"sitting"}\n');
    start();
    expect(state.messageBoxes).toHaveLength(1);
    expect(state.messageBoxes[0].detail).toMatch(/history\.corrupt-.*\.jsonl/);
  });

  it('checkpoints the bout under way; after a crash the next start records it, ended by crash, once', () => {
    start();
    state.idleSeconds = 2; // typing
    vi.advanceTimersByTime(9 * 60_000);
    const checkpointFile = join(run.dir, 'userData/bout-checkpoint.json');
    const saved = JSON.parse(readFileSync(checkpointFile, 'utf8'));
    expect(saved).toMatchObject({ format: 'mobes-bout-checkpoint', start: WORK_TIME });
    expect(saved.activeSeconds).toBeGreaterThanOrEqual(7 * 60); // the checkpoint at 8 minutes
    // The process dies here: no shutdown, nothing closed. The next start:
    run.shell = null;
    start();
    const crashed = historyLines().filter((r) => r.endedBy === 'crash');
    expect(crashed).toEqual([
      {
        kind: 'sitting',
        start: WORK_TIME,
        end: saved.at,
        day: saved.day,
        activeSeconds: saved.activeSeconds,
        endedBy: 'crash',
      },
    ]);
    expect(existsSync(checkpointFile)).toBe(false);
    expect(state.messageBoxes).toEqual([]);
    run.shell!.shutdown();
    run.shell = null;
    start();
    expect(historyLines().filter((r) => r.endedBy === 'crash')).toHaveLength(1);
  });

  it('a clean quit leaves no checkpoint behind', () => {
    start();
    state.idleSeconds = 2;
    vi.advanceTimersByTime(9 * 60_000);
    expect(existsSync(join(run.dir, 'userData/bout-checkpoint.json'))).toBe(true);
    run.shell!.shutdown();
    expect(existsSync(join(run.dir, 'userData/bout-checkpoint.json'))).toBe(false);
    expect(historyLines().filter((r) => r.endedBy === 'shutdown')).toHaveLength(1);
  });

  it('a data folder that becomes unwritable while running: one notice, nothing crashes, the saved files kept', async () => {
    start();
    const userData = join(run.dir, 'userData');
    const before = readFileSync(join(userData, 'settings.json'), 'utf8');
    // The folder goes away and a file takes its name: every write fails, as on a full disk.
    renameSync(userData, `${userData}.moved`);
    writeFileSync(userData, 'not a folder');
    const changed = await invoke<{ sound: boolean }>(
      'mobes://app/app.html#settings',
      REQUEST_CHANNELS.updateSettings,
      { sound: true },
    );
    expect(changed).toMatchObject({ ok: true, value: { sound: true } }); // applies for this session
    menu().find('start-break')!.click();
    await flush();
    const [shown] = breakWin().webContents.sentOn(EVENT_CHANNELS.breakShown) as BreakView[];
    const done = await invoke('mobes://app/break.html', REQUEST_CHANNELS.completeBreak, {
      promptId: shown.promptId,
      reps: 3,
    });
    expect(done.ok).toBe(true);
    vi.advanceTimersByTime(10 * 60_000); // checkpoints fail too
    await flush();
    expect(state.messageBoxes).toHaveLength(1);
    expect(state.messageBoxes[0].detail).toMatch(/could not save your settings/);
    expect(menu().find('today')!.label).toMatch(/^Today 1 of 8 mobes/); // counted in memory
    expect(readFileSync(join(`${userData}.moved`, 'settings.json'), 'utf8')).toBe(before);
  });

  it('says nothing on a clean start', () => {
    start();
    expect(state.messageBoxes).toEqual([]);
  });

  it('exports history through the save dialog', async () => {
    start();
    menu().find('start-break')!.click();
    await flush();
    const [shown] = breakWin().webContents.sentOn(EVENT_CHANNELS.breakShown) as BreakView[];
    await invoke('mobes://app/break.html', REQUEST_CHANNELS.skipBreak, { promptId: shown.promptId });
    const target = join(run.dir, 'export.csv');
    state.saveDialogResult = { canceled: false, filePath: target };
    const r = await invoke('mobes://app/app.html#history', REQUEST_CHANNELS.exportHistory, { format: 'csv' });
    expect(r).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(readFileSync(target, 'utf8')).toContain('skipped');
    expect(state.saveDialogCalls[0].defaultPath).toMatch(/docs\/mobes-history-.*\.csv$/);
    state.saveDialogResult = { canceled: true, filePath: '' };
    await expect(
      invoke('mobes://app/app.html#history', REQUEST_CHANNELS.exportHistory, { format: 'json' }),
    ).resolves.toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('installs the e2e hook only when MOBES_E2E=1', async () => {
    start('linux');
    expect((globalThis as Record<string, unknown>).__mobesE2E).toBeUndefined();
    run.shell!.shutdown();
    start('linux', { MOBES_E2E: '1' });
    const hook = (globalThis as Record<string, unknown>).__mobesE2E as {
      trayMenu(): { id: string; label: string }[];
      clickTrayItem(id: string): boolean;
      breakWindow(): { visible: boolean; focused: boolean; contentSize: number[] } | null;
    };
    expect(hook.trayMenu().map((i) => i.id)).toContain('start-break');
    expect(hook.breakWindow()).toBeNull();
    expect(hook.clickTrayItem('start-break')).toBe(true);
    expect(hook.breakWindow()).toMatchObject({
      visible: true,
      focused: false,
      contentSize: [BREAK_WINDOW.width, BREAK_WINDOW.height],
    });
    delete (globalThis as Record<string, unknown>).__mobesE2E;
  });
});
