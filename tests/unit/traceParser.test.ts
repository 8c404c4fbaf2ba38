import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { TraceError } from '../../shared/trace/format';
import { parseTrace } from '../../shared/trace/parse';
import { at } from './support/engineRig';
import { errorOf, START, trace } from './support/traceText';

describe('parsing traces', () => {
  it('parses every line type, skipping comments and blank lines, with CRLF line ends', () => {
    const text = [
      START,
      '# a comment',
      '',
      '{"at":"2026-03-02T09:00:00","type":"idle","idleSeconds":2}',
      '{"at":"2026-03-02T09:01:00","type":"power","event":"lock"}',
      '{"at":"2026-03-02T09:02:00","type":"action","action":"start-break","mobeId":"neck-circles"}',
      '{"at":"2026-03-02T09:02:30","type":"action","action":"done","reps":10}',
      '{"at":"2026-03-02T09:03:00","type":"action","action":"pause","minutes":30}',
      '{"at":"2026-03-02T09:04:00","type":"action","action":"pause","until":"2026-03-02T10:00:00"}',
      '{"at":"2026-03-02T09:05:00","type":"settings","settings":{"breakIntervalMinutes":20}}',
      '{"type":"respond","with":"skip","afterSeconds":4}',
      '{"at":"2026-03-02T09:06:00","type":"clock","to":"2026-03-02T08:00:00"}',
      '{"at":"2026-03-02T08:01:00","type":"end"}',
    ].join('\r\n');
    const t = parseTrace(text);
    expect(t.header).toMatchObject({ at: at('2026-03-02T08:55'), zone: 'Europe/Berlin', seed: 1 });
    expect(t.header.settings).toEqual(DEFAULT_SETTINGS);
    expect(t.entries.map((e) => [e.line, e.type])).toEqual([
      [4, 'idle'],
      [5, 'power'],
      [6, 'action'],
      [7, 'action'],
      [8, 'action'],
      [9, 'action'],
      [10, 'settings'],
      [11, 'respond'],
      [12, 'clock'],
    ]);
    expect(t.entries[4]).toMatchObject({ action: 'pause', until: at('2026-03-02T09:33') });
    expect(t.entries[5]).toMatchObject({ action: 'pause', until: at('2026-03-02T10:00') });
    expect(t.entries[6]).toMatchObject({ settings: { ...DEFAULT_SETTINGS, breakIntervalMinutes: 20 } });
    expect(t.entries[7]).toMatchObject({ respond: { with: 'skip', afterSeconds: 4 } });
    expect(t.entries[8]).toMatchObject({ at: at('2026-03-02T09:06'), to: at('2026-03-02T08:00') });
    expect(t.end).toBe(at('2026-03-02T08:01'));
  });

  it('applies header settings over the defaults and merges work hours day by day', () => {
    const t = parseTrace(
      [
        '{"type":"start","at":"2026-03-28T18:00:00","zone":"Europe/Berlin","settings":{"dailyGoal":5,"workHours":{"sat":[{"start":"18:00","end":"23:00"}]}}}',
        '{"at":"2026-03-28T19:00:00","type":"settings","settings":{"areas":{"ankle":false}}}',
      ].join('\n'),
    );
    expect(t.header.seed).toBe(1);
    expect(t.header.settings.dailyGoal).toBe(5);
    expect(t.header.settings.workHours.sat).toEqual([{ start: '18:00', end: '23:00' }]);
    expect(t.header.settings.workHours.mon).toEqual(DEFAULT_SETTINGS.workHours.mon);
    const change = t.entries[0];
    expect(change.type === 'settings' && change.settings.areas).toEqual({
      ...DEFAULT_SETTINGS.areas,
      ankle: false,
    });
    expect(change.type === 'settings' && change.settings.dailyGoal).toBe(5);
  });

  it('reads local times after a zone change in the new zone', () => {
    const t = parseTrace(
      trace(
        { at: '2026-03-02T10:00:00', type: 'clock', zone: 'Europe/London' },
        { at: '2026-03-02T09:00:30', type: 'idle', idleSeconds: 0 },
      ),
    );
    expect(t.entries[0]).toMatchObject({
      at: at('2026-03-02T10:00'),
      to: at('2026-03-02T10:00'),
      zone: 'Europe/London',
    });
    expect(t.entries[1]).toMatchObject({ at: at('2026-03-02T10:00') + 30_000 });
    expect(t.endZone).toBe('Europe/London');
  });

  it('lets the line after a clock line continue from the new time, and ends at the last line without an end line', () => {
    const t = parseTrace(
      trace(
        { at: '2026-03-02T10:00:00', type: 'idle', idleSeconds: 0 },
        { at: '2026-03-02T10:05:00', type: 'clock', to: '2026-03-02T09:00:00' },
        { at: '2026-03-02T09:00:10', type: 'idle', idleSeconds: 0 },
      ),
    );
    expect(t.end).toBe(at('2026-03-02T09:00') + 10_000);
  });
});

describe('trace errors name the line and what is wrong', () => {
  const cases: [string, string, RegExp][] = [
    ['malformed JSON', trace('{"at":"2026-03-02T09:00:00","type":"idle",}'), /^line 2: malformed JSON/],
    ['not an object', trace('[1,2]'), /^line 2: each line must be a JSON object/],
    ['missing type', trace({ at: '2026-03-02T09:00:00' }), /^line 2: field "type" is missing/],
    [
      'unknown type',
      trace({ at: '2026-03-02T09:00:00', type: 'nap' }),
      /^line 2: unknown type "nap" \(expected one of/,
    ],
    [
      'unknown power event',
      trace({ at: '2026-03-02T09:00:00', type: 'power', event: 'sleep' }),
      /^line 2: unknown event "sleep" \(expected one of suspend, resume, lock, unlock, shutdown\)/,
    ],
    [
      'unknown action',
      trace({ at: '2026-03-02T09:00:00', type: 'action', action: 'dance' }),
      /^line 2: unknown action "dance"/,
    ],
    [
      'missing field',
      trace({ at: '2026-03-02T09:00:00', type: 'idle' }),
      /^line 2: field "idleSeconds" is missing/,
    ],
    ['missing time', trace({ type: 'idle', idleSeconds: 1 }), /^line 2: field "at" is missing/],
    [
      'wrong field type',
      trace({ at: '2026-03-02T09:00:00', type: 'idle', idleSeconds: '3' }),
      /^line 2: field "idleSeconds" must be a number of seconds/,
    ],
    [
      'negative idle',
      trace({ at: '2026-03-02T09:00:00', type: 'idle', idleSeconds: -1 }),
      /^line 2: field "idleSeconds" must not be negative/,
    ],
    [
      'unknown field',
      trace({ at: '2026-03-02T09:00:00', type: 'idle', idleSeconds: 1, idleSecs: 1 }),
      /^line 2: unknown field "idleSecs"/,
    ],
    [
      'bad time',
      trace({ at: '2026-03-02 nine', type: 'idle', idleSeconds: 1 }),
      /^line 2: field "at" must be a local time like/,
    ],
    [
      'time earlier than the previous line',
      trace(
        { at: '2026-03-02T09:00:00', type: 'idle', idleSeconds: 1 },
        { at: '2026-03-02T08:59:59', type: 'idle', idleSeconds: 1 },
      ),
      /^line 3: time "2026-03-02T08:59:59" is earlier than the previous line's \(2026-03-02T09:00:00\+01:00\)/,
    ],
    [
      'time before the start',
      trace({ at: '2026-03-02T08:00:00', type: 'idle', idleSeconds: 1 }),
      /^line 2: time .* is earlier than the previous line's/,
    ],
    [
      'time earlier than the new time of a clock line',
      trace(
        { at: '2026-03-02T10:00:00', type: 'clock', to: '2026-03-02T09:30:00' },
        { at: '2026-03-02T09:29:00', type: 'idle', idleSeconds: 1 },
      ),
      /^line 3: time "2026-03-02T09:29:00" is earlier/,
    ],
    [
      'unknown zone in the header',
      '{"type":"start","at":"2026-03-02T08:55:00","zone":"Mars/Base"}',
      /^line 1: unknown zone "Mars\/Base"/,
    ],
    [
      'unknown zone in a clock line',
      trace({ at: '2026-03-02T10:00:00', type: 'clock', zone: 'Europe/Atlantis' }),
      /^line 2: unknown zone "Europe\/Atlantis"/,
    ],
    [
      'invalid header settings',
      '{"type":"start","at":"2026-03-02T08:55:00","zone":"Europe/Berlin","settings":{"breakIntervalMinutes":5}}',
      /^line 1: invalid settings: "breakIntervalMinutes" must be at least 10 minutes/,
    ],
    [
      'invalid settings line',
      trace({
        at: '2026-03-02T09:00:00',
        type: 'settings',
        settings: { workHours: { mon: [{ start: '10:00', end: '09:00' }] } },
      }),
      /^line 2: invalid settings: "workHours\.mon\.0" must end after it starts/,
    ],
    [
      'unknown setting',
      trace({ at: '2026-03-02T09:00:00', type: 'settings', settings: { colour: 'blue' } }),
      /^line 2: invalid settings: has unknown field\(s\): colour/,
    ],
    [
      'done without reps',
      trace({ at: '2026-03-02T09:00:00', type: 'action', action: 'done' }),
      /^line 2: field "reps" is missing/,
    ],
    [
      'pause without a length',
      trace({ at: '2026-03-02T09:00:00', type: 'action', action: 'pause' }),
      /^line 2: a pause needs exactly one of "until" \(a time\) or "minutes"/,
    ],
    [
      'pause ending before it starts',
      trace({ at: '2026-03-02T09:00:00', type: 'action', action: 'pause', until: '2026-03-02T08:00:00' }),
      /^line 2: field "until" must be after the line's "at"/,
    ],
    [
      'unknown mobe',
      trace({ at: '2026-03-02T09:00:00', type: 'action', action: 'start-break', mobeId: 'cartwheels' }),
      /^line 2: field "mobeId" names no known mobe: "cartwheels"/,
    ],
    [
      'clock line without a change',
      trace({ at: '2026-03-02T09:00:00', type: 'clock' }),
      /^line 2: a clock line needs/,
    ],
    ['unknown response', trace({ type: 'respond', with: 'later' }), /^line 2: unknown response "later"/],
    [
      'no header',
      '{"at":"2026-03-02T09:00:00","type":"idle","idleSeconds":1}',
      /^line 1: the first line must be the start header/,
    ],
    ['a second header', trace(START), /^line 2: only the first line may be a start header/],
    [
      'a line after the end',
      trace(
        { at: '2026-03-02T09:00:00', type: 'end' },
        { at: '2026-03-02T09:01:00', type: 'idle', idleSeconds: 1 },
      ),
      /^line 3: nothing may follow the end line \(line 2\)/,
    ],
    [
      'a trace spanning years',
      trace({ at: '2030-03-02T09:00:00', type: 'idle', idleSeconds: 1 }),
      /^line 2: the trace would cover more than 400 days/,
    ],
    ['an empty trace', '# nothing here\n\n', /^the trace is empty/],
  ];

  it.each(cases)('%s', (_name, text, message) => {
    const error = errorOf(text);
    expect(error).toBeInstanceOf(TraceError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('counts comment and blank lines in line numbers', () => {
    const error = errorOf([START, '# note', '', '{"at":"2026-03-02T09:00:00","type":"oops"}'].join('\n'));
    expect(error.line).toBe(4);
  });

  it('parseTrace throws the same error', () => {
    expect(() => parseTrace(trace('{'))).toThrow(/^line 2: malformed JSON/);
  });
});
