/** Trace lines for the context the user is in (calls, Do Not Disturb) and the meeting actions. */
import { describe, expect, it } from 'vitest';
import { parseTrace } from '../../shared/trace/parse';
import { at } from './support/engineRig';
import { errorOf, trace } from './support/traceText';

describe('context lines and meeting actions', () => {
  it('reads what the busy detectors saw, and manual meetings', () => {
    const t = parseTrace(
      trace(
        { at: '2026-03-02T09:00:00', type: 'context', busy: ['call', 'dnd', 'call'] },
        { at: '2026-03-02T09:30:00', type: 'context', busy: [], idleInhibited: true },
        { at: '2026-03-02T10:00:00', type: 'action', action: 'meeting', minutes: 30 },
        { at: '2026-03-02T11:00:00', type: 'action', action: 'meeting' },
        { at: '2026-03-02T11:10:00', type: 'action', action: 'end-meeting' },
      ),
    );
    expect(t.entries).toEqual([
      { line: 2, type: 'context', at: at('2026-03-02T09:00'), busy: ['call', 'dnd'], idleInhibited: false },
      { line: 3, type: 'context', at: at('2026-03-02T09:30'), busy: [], idleInhibited: true },
      {
        line: 4,
        type: 'action',
        at: at('2026-03-02T10:00'),
        action: 'meeting',
        until: at('2026-03-02T10:30'),
      },
      { line: 5, type: 'action', at: at('2026-03-02T11:00'), action: 'meeting', until: null },
      { line: 6, type: 'action', at: at('2026-03-02T11:10'), action: 'end-meeting' },
    ]);
  });

  it('an unknown reason is an error that names the line and the reason list', () => {
    const e = errorOf(
      trace(
        { at: '2026-03-02T09:00:00', type: 'context', busy: ['call'] },
        { at: '2026-03-02T09:01:00', type: 'context', busy: ['lunch'] },
      ),
    );
    expect(e.line).toBe(3);
    expect(e.message).toMatch(
      /^line 3: unknown busy reason "lunch" \(expected one of call, screen-share, presenting/,
    );
    expect(errorOf(trace({ at: '2026-03-02T09:00:00', type: 'context' })).message).toMatch(/^line 2: .*busy/);
    expect(
      errorOf(
        trace({
          at: '2026-03-02T09:00:00',
          type: 'action',
          action: 'meeting',
          minutes: 5,
          until: '2026-03-02T10:00:00',
        }),
      ).message,
    ).toMatch(/^line 2: a meeting takes "until" or "minutes"/);
  });
});
