import { describe, expect, it } from 'vitest';
import { BUSY_REASONS, combineReadings, isBusyReason, sameContext } from '../../shared/context/reasons';
import { DEFAULT_HOLD_BREAKS_DURING, holdBreaksDuringSchema } from '../../shared/settings/contextSettings';

const ALL_ON = { calls: true, screenSharing: true, fullScreen: true, doNotDisturb: true };
const ALL_OFF = { calls: false, screenSharing: false, fullScreen: false, doNotDisturb: false };

describe('combineReadings', () => {
  it('maps each busy signal to its reason, in the fixed order, without duplicates', () => {
    const ctx = combineReadings(
      [
        { dnd: 'busy', microphone: 'busy' },
        { camera: 'busy', fullscreen: 'busy' },
        { presenting: 'busy', 'screen-share': 'busy' },
      ],
      ALL_ON,
    );
    expect(ctx).toEqual({
      busy: ['call', 'screen-share', 'presenting', 'fullscreen', 'dnd'],
      idleInhibited: false,
    });
  });

  it('unknown and free never make busy', () => {
    expect(combineReadings([{ microphone: 'unknown', dnd: 'free' }, {}], ALL_ON)).toEqual({
      busy: [],
      idleInhibited: false,
    });
  });

  it('one detector reading busy is enough, whatever the others say', () => {
    expect(combineReadings([{ dnd: 'free' }, { dnd: 'busy' }, { dnd: 'unknown' }], ALL_ON).busy).toEqual([
      'dnd',
    ]);
  });

  it('each setting turns off exactly its signals', () => {
    const everything = [
      {
        microphone: 'busy',
        camera: 'busy',
        'screen-share': 'busy',
        presenting: 'busy',
        fullscreen: 'busy',
        dnd: 'busy',
      },
    ] as const;
    expect(combineReadings(everything, ALL_OFF).busy).toEqual([]);
    expect(combineReadings(everything, { ...ALL_OFF, calls: true }).busy).toEqual(['call']);
    expect(combineReadings(everything, { ...ALL_OFF, screenSharing: true }).busy).toEqual([
      'screen-share',
      'presenting',
    ]);
    expect(combineReadings(everything, { ...ALL_OFF, fullScreen: true }).busy).toEqual(['fullscreen']);
    expect(combineReadings(everything, { ...ALL_OFF, doNotDisturb: true }).busy).toEqual(['dnd']);
  });

  it('the idle inhibitor is passive use, not a busy reason, and no setting hides it', () => {
    expect(combineReadings([{ 'idle-inhibitor': 'busy' }], ALL_OFF)).toEqual({
      busy: [],
      idleInhibited: true,
    });
  });

  it('manual reasons (meeting mode) are kept whatever the settings', () => {
    expect(combineReadings([], ALL_OFF, ['meeting']).busy).toEqual(['meeting']);
  });

  it('sameContext compares sets and the inhibitor flag', () => {
    expect(
      sameContext({ busy: ['call'], idleInhibited: false }, { busy: ['call'], idleInhibited: false }),
    ).toBe(true);
    expect(
      sameContext({ busy: ['call'], idleInhibited: false }, { busy: ['dnd'], idleInhibited: false }),
    ).toBe(false);
    expect(sameContext({ busy: [], idleInhibited: true }, { busy: [], idleInhibited: false })).toBe(false);
  });

  it('isBusyReason knows exactly the six reasons', () => {
    expect(BUSY_REASONS.every(isBusyReason)).toBe(true);
    expect(isBusyReason('lunch')).toBe(false);
    expect(isBusyReason(1)).toBe(false);
  });
});

describe('holdBreaksDuring settings', () => {
  it('defaults: calls and Do Not Disturb on, the rest off', () => {
    expect(holdBreaksDuringSchema.parse(DEFAULT_HOLD_BREAKS_DURING)).toEqual({
      calls: true,
      screenSharing: false,
      fullScreen: false,
      doNotDisturb: true,
    });
  });

  it('rejects a non-boolean, a missing field and an unknown one, naming the field', () => {
    const bad = holdBreaksDuringSchema.safeParse({ ...DEFAULT_HOLD_BREAKS_DURING, calls: 'yes' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ path: ['calls'], message: 'must be true or false' });
    const missing = holdBreaksDuringSchema.safeParse({ calls: true });
    expect(missing.error!.issues.map((i) => i.path[0])).toEqual([
      'screenSharing',
      'fullScreen',
      'doNotDisturb',
    ]);
    const extra = holdBreaksDuringSchema.safeParse({ ...DEFAULT_HOLD_BREAKS_DURING, games: true });
    expect(extra.error!.issues[0].code).toBe('unrecognized_keys');
  });
});
