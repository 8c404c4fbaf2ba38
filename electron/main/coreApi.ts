import type { CoreInit } from '../../shared/app/core';
import type { CorePorts, TrayState } from '../../shared/app/ports';
import type { EngineInput } from '../../shared/engine/types';
import type { HistoryRecord, OpenBout } from '../../shared/history/types';
import type { ExportFormat, RequestHandlers } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/settings/schema';
import type { EpochMs } from '../../shared/time/types';

/** What the shell uses of MobesCore (shared/app/core.ts); tests drive the shell with a fake of it. */
export interface CoreApi {
  readonly handlers: RequestHandlers;
  input(input: EngineInput): void;
  nextWakeAt(): EpochMs | null;
  tray(): TrayState;
  /** The settings in force (the shell's windows read them; it keeps no copy). */
  currentSettings(): Settings;
  /** The sitting bout under way, for the crash checkpoint. */
  openBout(): OpenBout | null;
  exportContent(
    format: ExportFormat,
    records: readonly HistoryRecord[],
  ): { fileName: string; content: string };
}

export type CreateCore = (ports: CorePorts, init: CoreInit) => CoreApi;
