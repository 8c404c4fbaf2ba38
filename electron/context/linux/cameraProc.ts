import { readdirSync, readlinkSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContextSource } from '../source';
import { createPolledSource, type PollResult } from '../polledSource';

/** Where camera devices live, and which names are cameras. Injected in tests (a file stands in). */
export interface CameraDevices {
  dir: string;
  name: RegExp;
}

export const V4L2_DEVICES: CameraDevices = { dir: '/dev', name: /^video\d+$/ };

/**
 * Camera in use: another process holds a V4L2 device (/dev/video*) open, found by reading the links in
 * /proc/<pid>/fd. Only the user's own processes can be read (others answer EACCES and are skipped),
 * which is where a call app runs. Without any camera device the scan is skipped.
 * https://man7.org/linux/man-pages/man5/proc_pid_fd.5.html
 */
export async function cameraInUse(
  devices: CameraDevices = V4L2_DEVICES,
  ownPid = process.pid,
  proc = '/proc',
): Promise<PollResult> {
  let names: string[];
  try {
    names = await readdir(devices.dir);
  } catch (err) {
    return { problem: `cannot list ${devices.dir} (${(err as NodeJS.ErrnoException).code ?? err})` };
  }
  const paths = new Set(names.filter((n) => devices.name.test(n)).map((n) => join(devices.dir, n)));
  if (!paths.size) return { signals: { camera: 'free' } };
  let pids: string[];
  try {
    pids = (await readdir(proc)).filter((n) => /^\d+$/.test(n) && Number(n) !== ownPid);
  } catch (err) {
    return { problem: `cannot read ${proc} (${(err as NodeJS.ErrnoException).code ?? err})` };
  }
  // Synchronous on purpose: a few thousand readlinks cost a few ms this way, against tens of ms of
  // promise overhead for the same calls one by one (measured in `npm run bench`).
  for (const pid of pids) {
    const fdDir = join(proc, pid, 'fd');
    let fds: string[];
    try {
      fds = readdirSync(fdDir);
    } catch {
      continue; // another user's process, or one that just exited
    }
    for (const fd of fds) {
      let target = '';
      try {
        target = readlinkSync(join(fdDir, fd));
      } catch {
        continue; // closed meanwhile
      }
      if (paths.has(target)) return { signals: { camera: 'busy' } };
    }
  }
  return { signals: { camera: 'free' } };
}

export function createCameraProcSource(devices?: CameraDevices, ownPid?: number): ContextSource {
  return createPolledSource({
    id: 'linux-camera-proc',
    label: 'Camera in use (/proc)',
    signals: ['camera'],
    read: () => cameraInUse(devices, ownPid),
  });
}
