/**
 * The program the crash harness kills: the real core with the real history file, checkpoint and
 * settings store (conf, electron-store's base) in a folder, fed the simulated month from `from` to
 * `until` as fast as it can. It reports on stdout, one line each:
 *   start <json>            what start-up found: records loaded, notices, log lines, recovered bouts
 *   p <t> <start> <active>  before each input: its time, and the bout under way (or "- -")
 *   end                     it reached `until`
 * The checkpoint timer runs on the simulated clock, every CHECKPOINT_INTERVAL_MS as in the app.
 */
import Conf from 'conf';
import { join } from 'node:path';
import { MobesCore } from '../../../shared/app/core';
import { CHECKPOINT_INTERVAL_MS } from '../../../shared/history/checkpoint';
import { seededRandom } from '../../../shared/random';
import type { SettingsBackingStore } from '../../../electron/store/settingsPersistence';
import { loadPersistedSettings, saveSettingsTo } from '../../../electron/store/settingsPersistence';
import { BOUT_CHECKPOINT_FILE, openBoutCheckpoint } from '../../../electron/store/boutCheckpoint';
import { openHistoryFile } from '../../../electron/store/historyFile';
import { ZONE, atDesk, idleSecondsAt, nextSettingsChangeAt } from './monthOfWork';

const { dir, from, until, yieldEvery } = JSON.parse(process.argv.at(-1)!) as {
  dir: string;
  from: number;
  until: number;
  /** Inputs between yields to the event loop (0: never), so a kill can land anywhere. */
  yieldEvery: number;
};

let t = from;
const logs: string[] = [];
const log = (m: string) => void logs.push(m);
const out = (line: string) => process.stdout.write(`${line}\n`);

const settingsFile = join(dir, 'settings.json');
const { store, loaded: settings } = loadPersistedSettings(
  settingsFile,
  () =>
    new Conf({
      cwd: dir,
      configName: 'settings',
      clearInvalidConfig: false,
    }) as unknown as SettingsBackingStore,
  () => t,
);
const historyFile = openHistoryFile(join(dir, 'history.jsonl'), { now: () => t, log });
const history = historyFile.load();
const checkpoint = openBoutCheckpoint(join(dir, BOUT_CHECKPOINT_FILE), { log });
const recovered = checkpoint.recover(history.records, (r) => historyFile.append(r));
out(
  `start ${JSON.stringify({
    loaded: history.records.length,
    notices: [...history.notices, ...(settings.notice ? [settings.notice] : [])],
    logs,
    recovered,
  })}`,
);

/** The user answers a prompt when the mobe is done, if still at the desk. */
let answer: { at: number; promptId: string; reps: number } | null = null;
const core = new MobesCore(
  {
    now: () => t,
    zone: () => ZONE,
    random: seededRandom(from % 2 ** 31),
    appendHistory: (records) => void historyFile.append(records),
    saveSettings: (s) => saveSettingsTo(store, s),
    notify: (event) => {
      if (event.type === 'break-shown') {
        const { promptId, targetReps, breakSeconds } = event.view;
        answer = { at: t + breakSeconds * 1000, promptId, reps: targetReps };
      } else if (event.type === 'break-ended' && answer?.promptId === event.promptId) {
        answer = null;
      }
    },
  },
  { settings: settings.settings, history: [...history.records, ...recovered], platform: 'linux' },
);

async function run() {
  let nextTick = from + CHECKPOINT_INTERVAL_MS;
  let nextSettings = nextSettingsChangeAt(from);
  let inputs = 0;
  for (;;) {
    const wake = core.nextWakeAt() ?? Number.POSITIVE_INFINITY;
    const next = Math.min(wake, answer?.at ?? Number.POSITIVE_INFINITY, nextSettings);
    if (next > until) break;
    // Reported before the input is handled: the harness restarts after this time, so a restarted
    // process never handles again an input its killed predecessor may have handled (time only runs
    // forward). The bout is the one under way before this input.
    const bout = core.openBout();
    out(bout ? `p ${next} ${bout.start} ${bout.activeSeconds}` : `p ${next} - -`);
    // The checkpoint timer fires between inputs, as a timer does.
    while (nextTick <= next) {
      t = nextTick;
      checkpoint.save(core.openBout());
      nextTick += CHECKPOINT_INTERVAL_MS;
    }
    t = Math.max(t, next);
    if (answer && next === answer.at) {
      const { promptId, reps } = answer;
      answer = null;
      if (atDesk(t)) core.handlers.completeBreak({ promptId, reps });
    } else if (next === nextSettings) {
      nextSettings = nextSettingsChangeAt(t + 1);
      core.handlers.updateSettings({ sound: !core.currentSettings().sound });
    } else {
      core.input({ type: 'idle', at: t, idleSeconds: idleSecondsAt(t) });
    }
    if (yieldEvery && ++inputs % yieldEvery === 0) await new Promise((r) => setImmediate(r));
  }
  historyFile.close();
  out('end');
}

void run();
