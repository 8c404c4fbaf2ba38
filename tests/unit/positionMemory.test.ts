import { describe, expect, it } from 'vitest';
import type { DisplayArea } from '../../shared/geometry/breakWindow';
import {
  arrangementKey,
  MAX_ARRANGEMENTS,
  parsePositionMemory,
  rememberBounds,
  rememberedBounds,
  type PositionMemory,
} from '../../shared/geometry/positionMemory';
import { BREAK_WINDOW } from '../../shared/geometry/windowSizes';

const display = (
  id: number,
  x: number,
  y: number,
  width: number,
  height: number,
  scale = 1,
): DisplayArea => ({
  id,
  bounds: { x, y, width, height },
  workArea: { x, y: y + 32, width, height: height - 32 },
  scaleFactor: scale,
});
const LAPTOP = [display(1, 0, 0, 1440, 900, 2)];
const DOCKED = [display(1, 0, 0, 1440, 900, 2), display(7, 1440, 0, 2560, 1440)];
const empty: PositionMemory = { spots: {} };
const at = (x: number, y: number) => ({ x, y, ...BREAK_WINDOW });

describe('break window position, per display arrangement', () => {
  it('nothing remembered: the default place (null)', () => {
    expect(rememberedBounds(empty, LAPTOP, BREAK_WINDOW)).toBeNull();
  });

  it('gives back the spot the user chose, for that arrangement only', () => {
    const m = rememberBounds(empty, DOCKED, at(2900, 300), 1);
    expect(rememberedBounds(m, DOCKED, BREAK_WINDOW)).toEqual(at(2900, 300));
    expect(rememberedBounds(m, LAPTOP, BREAK_WINDOW)).toBeNull(); // the monitor is gone: default
  });

  it('keeps each arrangement’s spot apart, and the arrangement key ignores display ids and order', () => {
    let m = rememberBounds(empty, DOCKED, at(2900, 300), 1);
    m = rememberBounds(m, LAPTOP, at(100, 200), 2);
    expect(rememberedBounds(m, DOCKED, BREAK_WINDOW)).toEqual(at(2900, 300));
    expect(rememberedBounds(m, LAPTOP, BREAK_WINDOW)).toEqual(at(100, 200));
    const sameMonitorsNewIds = [
      { ...DOCKED[1], id: 99 },
      { ...DOCKED[0], id: 42 },
    ];
    expect(arrangementKey(sameMonitorsNewIds)).toBe(arrangementKey(DOCKED));
    expect(arrangementKey([display(1, 0, 0, 1440, 900, 1)])).not.toBe(arrangementKey(LAPTOP)); // scale changed
  });

  it('a spot wholly off-screen goes back to the default place', () => {
    const m = { spots: { [arrangementKey(LAPTOP)]: { x: 5000, y: 5000, at: 1 } } };
    expect(rememberedBounds(m, LAPTOP, BREAK_WINDOW)).toBeNull();
    const above = { spots: { [arrangementKey(LAPTOP)]: { x: 100, y: -590, at: 1 } } };
    expect(rememberedBounds(above, LAPTOP, BREAK_WINDOW)).toBeNull(); // title bar out of reach
  });

  it('a spot partly off its work area (a taskbar moved) is nudged inside the display holding its title bar', () => {
    const m = { spots: { [arrangementKey(LAPTOP)]: { x: 1200, y: 500, at: 1 } } };
    expect(rememberedBounds(m, LAPTOP, BREAK_WINDOW)).toEqual(
      at(1440 - BREAK_WINDOW.width, 900 - BREAK_WINDOW.height),
    );
  });

  it('a window bigger than the work area is never placed from memory', () => {
    const tiny = [display(1, 0, 0, 800, 500)];
    const m = { spots: { [arrangementKey(tiny)]: { x: 0, y: 40, at: 1 } } };
    expect(rememberedBounds(m, tiny, BREAK_WINDOW)).toBeNull();
  });

  it(`keeps the ${MAX_ARRANGEMENTS} arrangements used most recently`, () => {
    let m = empty;
    for (let i = 0; i < MAX_ARRANGEMENTS + 3; i++)
      m = rememberBounds(m, [display(1, 0, 0, 1000 + i, 900)], at(10, 40), i);
    expect(Object.keys(m.spots)).toHaveLength(MAX_ARRANGEMENTS);
    expect(rememberedBounds(m, [display(1, 0, 0, 1000, 900)], BREAK_WINDOW)).toBeNull();
    expect(
      rememberedBounds(m, [display(1, 0, 0, 1000 + MAX_ARRANGEMENTS + 2, 900)], BREAK_WINDOW),
    ).not.toBeNull();
  });
});

describe('stored positions, read robustly', () => {
  it('keeps good entries and names each bad one', () => {
    const good = rememberBounds(empty, LAPTOP, at(100, 200), 5);
    const { memory, problems } = parsePositionMemory({
      spots: {
        ...good.spots,
        broken: { x: 'left', y: 3, at: 1 },
        nan: { x: null, y: 1, at: 1 },
        list: [1, 2],
      },
    });
    expect(memory).toEqual(good);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/"broken" is not a position; dropped/);
  });

  it('anything else starts afresh, saying so; nothing stored says nothing', () => {
    for (const raw of [null, 42, 'x', [], { spots: 3 }]) {
      const r = parsePositionMemory(raw);
      expect(r.memory).toEqual(empty);
      expect(r.problems).toHaveLength(1);
    }
    expect(parsePositionMemory(undefined)).toEqual({ memory: empty, problems: [] });
  });
});
