import { describe, expect, it } from 'vitest';
import { coverPeriod, coverUpTo } from './cover.ts';

describe('coverPeriod', () => {
  it.each([
    ['a whole month', '2026-03-01', '2026-03-31', '2026-11-24', { months: ['2026-03-01'], days: [] }],
    [
      'the month to date (its future days cost nothing)',
      '2026-11-01',
      '2026-11-24',
      '2026-11-24',
      { months: ['2026-11-01'], days: [{ from: '2026-11-25', to: '2026-11-30', sign: -1 }] },
    ],
    [
      'a few days: added one by one',
      '2026-03-10',
      '2026-03-12',
      '2026-11-24',
      { months: [], days: [{ from: '2026-03-10', to: '2026-03-12', sign: 1 }] },
    ],
    [
      'most of a month: the month less its first days',
      '2026-03-04',
      '2026-03-31',
      '2026-11-24',
      { months: ['2026-03-01'], days: [{ from: '2026-03-01', to: '2026-03-03', sign: -1 }] },
    ],
    [
      'two ragged ends around whole months',
      '2026-01-20',
      '2026-04-05',
      '2026-11-24',
      {
        months: ['2026-02-01', '2026-03-01'],
        days: [
          { from: '2026-01-20', to: '2026-01-31', sign: 1 },
          { from: '2026-04-01', to: '2026-04-05', sign: 1 },
        ],
      },
    ],
    ['February of a leap year', '2024-02-01', '2024-02-29', '2026-11-24', { months: ['2024-02-01'], days: [] }],
  ])('%s', (_name, from, to, today, expected) => {
    expect(coverPeriod(from, to, today)).toEqual(expected);
  });
});

describe('coverUpTo', () => {
  it('sums every month up to the day’s own, less that month’s later days', () => {
    expect(coverUpTo('2026-03-10')).toEqual({
      lastMonth: '2026-03-01',
      minus: { from: '2026-03-11', to: '2026-03-31', sign: -1 },
    });
    expect(coverUpTo('2026-02-28')).toEqual({ lastMonth: '2026-02-01', minus: undefined });
  });
});
