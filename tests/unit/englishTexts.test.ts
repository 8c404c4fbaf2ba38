import { describe, expect, it } from 'vitest';
import { textFrom } from '../../shared/i18n/englishTexts';

const table = {
  held: 'Breaks held: {{reason}}',
  mins_one: '{{count}} minute',
  mins_other: '{{count}} minutes',
  plain: 'No variables',
};

describe('textFrom', () => {
  it('fills variables and leaves unknown ones visible', () => {
    expect(textFrom(table, 'held', { reason: 'call' })).toBe('Breaks held: call');
    expect(textFrom(table, 'held')).toBe('Breaks held: {{reason}}');
  });
  it('chooses the English plural form by count', () => {
    expect(textFrom(table, 'mins', { count: 1 })).toBe('1 minute');
    expect(textFrom(table, 'mins', { count: 5 })).toBe('5 minutes');
    expect(textFrom(table, 'plain', { count: 2 })).toBe('No variables');
  });
  it('names a missing key', () => {
    expect(() => textFrom(table, 'nope')).toThrow('No text "nope"');
  });
});
