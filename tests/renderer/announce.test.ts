import { describe, expect, it } from 'vitest';
import { announcementFor, ANNOUNCE_EVERY } from '../../renderer/break/announce';
import { cueIndexAt } from '../../renderer/break/cues';
import { english } from './englishI18n';

const t = english.getFixedT('en', 'break');
const say = (m: Parameters<typeof announcementFor>[0]) => announcementFor(m, t, 'en');

const rep = (reps: number, over: { sideCue?: string | null; newCue?: string | null } = {}) =>
  say({ kind: 'rep', reps, targetReps: 12, sideCue: null, newCue: null, ...over });

describe('screen-reader announcements', () => {
  it('names the mobe and the count before counting, then says go', () => {
    expect(say({ kind: 'lead-in', mobeName: 'Neck circles', targetReps: 10, seconds: 3 })).toBe(
      'Neck circles, 10 reps. Starting in 3 seconds.',
    );
    expect(say({ kind: 'start', targetReps: 10 })).toBe('Go: 10 reps.');
  });

  it(`says the count only every ${ANNOUNCE_EVERY} reps, and always at the end`, () => {
    const said = Array.from({ length: 12 }, (_, i) => rep(i + 1));
    expect(said).toEqual([
      null,
      null,
      null,
      null,
      '5 of 12',
      null,
      null,
      null,
      null,
      '10 of 12',
      null,
      '12 of 12, all done',
    ]);
  });

  it('adds the side cue and a new tip to the rep they come with', () => {
    expect(rep(6, { sideCue: 'Switch sides' })).toBe('Switch sides');
    expect(rep(10, { sideCue: 'Switch sides', newCue: 'Breathe out' })).toBe(
      '10 of 12. Switch sides. Breathe out',
    );
    // The last rep is about finishing: no cue then.
    expect(rep(12, { newCue: 'Breathe out' })).toBe('12 of 12, all done');
  });

  it('says paused, resumed and the day’s count once recorded', () => {
    expect(say({ kind: 'paused', paused: true })).toBe('Paused');
    expect(say({ kind: 'paused', paused: false })).toBe('Resumed');
    const today = { day: '2025-03-03', done: 4, goal: 8, streaks: { current: 1, best: 2 } };
    expect(say({ kind: 'recorded', today })).toBe('Done. 4 of 8 today.');
  });
});

describe('one cue at a time', () => {
  it('gives each cue an equal share of the reps, in order', () => {
    const at = (reps: number) => cueIndexAt(3, reps, 12);
    expect(Array.from({ length: 13 }, (_, r) => at(r))).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
  });

  it('shows every cue even when there are more cues than reps, and copes with none', () => {
    expect(new Set(Array.from({ length: 3 }, (_, r) => cueIndexAt(4, r, 3)))).toEqual(new Set([0, 1, 2]));
    expect(cueIndexAt(0, 5, 10)).toBe(0);
    expect(cueIndexAt(1, 5, 10)).toBe(0);
    expect(cueIndexAt(3, -1, 10)).toBe(0);
  });
});
