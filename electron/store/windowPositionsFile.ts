import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PositionMemory } from '../../shared/geometry/positionMemory';
import { parsePositionMemory } from '../../shared/geometry/positionMemory';

export interface WindowPositionsFile {
  load(): PositionMemory;
  save(memory: PositionMemory): void;
}

/**
 * Where the break window was put, kept in its own small JSON file beside the settings: it is state,
 * not a setting, and a bad position must never cost a setting. A missing, unreadable or malformed file
 * means "default place" (each bad entry costs only itself); writes go to a temporary file renamed over
 * the old one, so a crash mid-write leaves the previous file whole.
 */
export function openWindowPositionsFile(
  file: string,
  log: (message: string, error?: unknown) => void = () => {},
): WindowPositionsFile {
  return {
    load() {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return { spots: {} }; // none yet
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        log(`${file} is not JSON; the break window starts at its default place`);
        return { spots: {} };
      }
      const { memory, problems } = parsePositionMemory(raw);
      for (const p of problems) log(`${file}: ${p}`);
      return memory;
    },
    save(memory) {
      const tmp = `${file}.tmp`;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(tmp, JSON.stringify(memory), 'utf8');
        renameSync(tmp, file);
      } catch (error) {
        log(`could not save the break window position to ${file}`, error);
      }
    },
  };
}
