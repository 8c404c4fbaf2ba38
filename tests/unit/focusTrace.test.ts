import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { TraceError } from '../../shared/trace/format';
import { parseTrace, parseTraceResult } from '../../shared/trace/parse';
import { at } from './support/engineRig';

const START = '{"type":"start","at":"2026-03-02T08:55:00","zone":"Europe/Berlin","seed":1}';
const trace = (...lines: object[]) => [START, ...lines.map((l) => JSON.stringify(l))].join('\n');
function errorOf(text: string): TraceError {
  const r = parseTraceResult(text);
  if (r.ok) throw new Error('expected the trace to be rejected');
  return r.error;
}

describe('focus lines', () => {
  it('reads a focus period with trace times, focus actions and how focus sets are answered', () => {
    const t = parseTrace(
      trace(
        {
          at: '2026-03-02T09:00:00',
          type: 'settings',
          settings: {
            focus: {
              target: { area: 'neck' },
              since: '2026-03-02T09:00:00',
              until: '2026-03-09T09:00:00+01:00',
            },
          },
        },
        { at: '2026-03-02T09:01:00', type: 'action', action: 'start-focus' },
        { at: '2026-03-02T09:02:00', type: 'action', action: 'decline-focus' },
        { type: 'respond', with: 'done', focus: 'decline', feel: 'hurt' },
      ),
    );
    const [settings, start, decline, respond] = t.entries;
    expect(settings.type === 'settings' && settings.settings.focus).toEqual({
      ...DEFAULT_SETTINGS.focus,
      target: { area: 'neck' },
      since: at('2026-03-02T09:00'),
      until: at('2026-03-09T09:00'),
    });
    expect(start).toMatchObject({ type: 'action', action: 'start-focus' });
    expect(decline).toMatchObject({ type: 'action', action: 'decline-focus' });
    expect(respond).toMatchObject({
      respond: { with: 'done', afterSeconds: null, focus: 'decline', feel: 'hurt' },
    });
  });

  it('names what is wrong with a focus line', () => {
    const bad = (settings: object) =>
      errorOf(trace({ at: '2026-03-02T09:00:00', type: 'settings', settings })).message;
    expect(bad({ focus: { setsPerDay: 5 } })).toBe(
      'line 2: invalid settings: "focus.setsPerDay" must be at most 3 sets',
    );
    expect(bad({ focus: { since: 'soon' } })).toMatch(/^line 2: field "settings\.focus\.since" /);
    expect(errorOf(trace({ type: 'respond', with: 'done', feel: 'meh' })).message).toMatch(
      /^line 2: unknown feel "meh" \(expected one of easier, same, harder, hurt\)/,
    );
    expect(errorOf(trace({ type: 'respond', with: 'done', focus: 'maybe' })).message).toMatch(
      /^line 2: unknown focus response "maybe"/,
    );
  });
});
