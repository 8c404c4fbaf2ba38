import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A private session bus: Debian's real dbus-daemon, started for one test file and killed after it. */
export interface PrivateBus {
  address: string;
  stop(): Promise<void>;
}

/** `env` is also what services the bus starts on demand (dconf-service, say) run with. */
export async function startPrivateBus(env: NodeJS.ProcessEnv = process.env): Promise<PrivateBus> {
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--nopidfile', '--print-address=1'], {
    env,
    // Its stderr only complains that it cannot raise the fd limit in a container.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const address = await firstLine(daemon, 'dbus-daemon');
  return { address, stop: () => kill(daemon) };
}

/** The first line a child prints, or a rejection if it exits or says nothing within 5 s. */
export function firstLine(child: ChildProcess, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} printed nothing in 5 s`)), 5000);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
}

/** SIGKILL and wait for the exit. */
export function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
