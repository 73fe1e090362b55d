import { describe, expect, it } from 'vitest';
import { displayDateEntry, parseDateEntry } from './date-entry.ts';

describe('parseDateEntry', () => {
  it.each([
    ['05/09/2026', '2026-09-05'],
    ['5/9/2026', '2026-09-05'],
    ['05-09-2026', '2026-09-05'],
    ['05.09.2026', '2026-09-05'],
    ['05092026', '2026-09-05'],
    [' 29/02/2024 ', '2024-02-29'],
    ['2026-09-05', '2026-09-05'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateEntry(text)).toBe(iso);
  });

  it.each(['31/02/2026', '29/02/2025', '00/01/2026', '12/13/2026', '12/04', '1/1/26', 'abc', '2026-02-30'])(
    '%s is not a date',
    (text) => {
      expect(parseDateEntry(text)).toBeNull();
    },
  );
});

describe('displayDateEntry', () => {
  it('shows ISO dates as dd/MM/yyyy and leaves a half-typed entry alone', () => {
    expect(displayDateEntry('2026-09-05')).toBe('05/09/2026');
    expect(displayDateEntry('05/09/20')).toBe('05/09/20');
  });
});
