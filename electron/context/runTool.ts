import { execFile } from 'node:child_process';

export type ToolResult = { ok: true; stdout: string } | { ok: false; problem: string };

/** Runs a command-line tool (no shell) and returns its output, or a problem naming what went wrong. */
export type ToolRunner = (command: string, args: readonly string[]) => Promise<ToolResult>;

/** A tool that has not answered by then is killed: a hung tool must never stall the detectors. */
export const TOOL_TIMEOUT_MS = 5000;
const MAX_OUTPUT = 8 * 1024 * 1024;

export function createToolRunner(
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = TOOL_TIMEOUT_MS,
): ToolRunner {
  return (command, args) =>
    new Promise((resolve) => {
      execFile(
        command,
        [...args],
        { env, timeout: timeoutMs, maxBuffer: MAX_OUTPUT, windowsHide: true, encoding: 'utf8' },
        (err, stdout, stderr) => {
          if (!err) return resolve({ ok: true, stdout });
          const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: unknown };
          if (e.code === 'ENOENT') return resolve({ ok: false, problem: `${command} is not installed` });
          if (e.killed)
            return resolve({ ok: false, problem: `${command} did not answer in ${timeoutMs} ms` });
          const said = String(stderr).trim().split('\n')[0];
          resolve({ ok: false, problem: `${command} failed${said ? `: ${said}` : ` (${e.message})`}` });
        },
      );
    });
}
