import type { CorePorts, TrayState } from '../../shared/app/ports';
import type { Mobe } from '../../shared/catalog/types';
import type { EngineInput } from '../../shared/engine/types';
import type { HistoryRecord, OpenBout } from '../../shared/history/types';
import type { ExportFormat, RequestHandlers, SettingsView } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/settings/schema';
import type { EpochMs } from '../../shared/time/types';

/** What the shell uses of MobesCore (shared/app/core.ts); tests drive the shell with a fake of it. */
export interface CoreApi {
  readonly handlers: RequestHandlers;
  input(input: EngineInput): void;
  nextWakeAt(): EpochMs | null;
  tray(): TrayState;
  /** The sitting bout under way, for the crash checkpoint. */
  openBout(): OpenBout | null;
  exportContent(
    format: ExportFormat,
    records: readonly HistoryRecord[],
  ): { fileName: string; content: string };
}

export interface CoreInitData {
  settings: Settings;
  history: readonly HistoryRecord[];
  platform: SettingsView['platform'];
  catalog?: readonly Mobe[];
}

export type CreateCore = (ports: CorePorts, init: CoreInitData) => CoreApi;
