import * as nodeFs from 'node:fs';
import { dirname } from 'node:path';

/**
 * The file-system calls the stores make, in one object so tests can inject the errors a real disk
 * gives (ENOSPC when it is full, EROFS, EIO) behind this thin seam; the app passes node:fs itself.
 */
export type StoreFs = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'copyFileSync'
  | 'existsSync'
  | 'fsyncSync'
  | 'mkdirSync'
  | 'openSync'
  | 'readFileSync'
  | 'renameSync'
  | 'truncateSync'
  | 'unlinkSync'
  | 'writeSync'
>;

export const realFs: StoreFs = nodeFs;

/**
 * Writes all of `data` at the descriptor's position. writeSync may write only part of a buffer and
 * return the count without throwing (a nearly full disk), so it loops until done or an error is thrown.
 */
export function writeAllSync(fs: StoreFs, fd: number, data: string): void {
  const bytes = Buffer.from(data, 'utf8');
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old file or the new
 * one, never a mix: write a temporary file beside it, fsync it, rename it over the original (rename is
 * atomic within a directory on POSIX and NTFS). On failure the temporary file is removed and the error
 * rethrown; the original is untouched.
 */
export function replaceFileAtomically(fs: StoreFs, path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'w');
    writeAllSync(fs, fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, path);
  } catch (error) {
    if (fd !== null) closeQuietly(fs, fd);
    removeQuietly(fs, tmp);
    throw error;
  }
  syncDirectory(fs, dirname(path));
}

/** Writes a new file (failing if it exists) and fsyncs it. */
export function writeNewFileDurably(fs: StoreFs, path: string, content: string): void {
  const fd = fs.openSync(path, 'wx');
  try {
    writeAllSync(fs, fd, content);
    fs.fsyncSync(fd);
  } finally {
    closeQuietly(fs, fd);
  }
}

/**
 * Makes a rename durable across a power cut (the directory entry is data too). Not possible on
 * Windows, where directories cannot be opened; NTFS journals the rename itself.
 */
function syncDirectory(fs: StoreFs, dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      closeQuietly(fs, fd);
    }
  } catch {
    // Best effort: the data itself is already on disk.
  }
}

export function removeQuietly(fs: StoreFs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Already gone, or the folder is read-only: nothing more to do.
  }
}

function closeQuietly(fs: StoreFs, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Closing can only fail for a bad descriptor; nothing is lost.
  }
}

/** Node's error code (ENOSPC, EACCES...) for a message, or the message itself. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String((error as Error)?.message ?? error);
}
