import { describe, expect, it } from 'vitest';
import { computeIndicators, percent, satisfactionRate, type StatsTotals } from './indicators.ts';
import { formatDay, formatLocalTime, localDay, resolvePeriod } from './period.ts';

describe('resolvePeriod', () => {
  const now = new Date('2026-03-10T20:00:00Z'); // 03:00 on 11/03 in Vietnam

  it('turns local days into instants at Vietnam midnight, the last day included', () => {
    const result = resolvePeriod({ from: '2026-03-01', to: '2026-03-05' }, now);
    expect(result).toEqual({
      ok: true,
      period: {
        from: '2026-03-01',
        to: '2026-03-05',
        start: new Date('2026-02-28T17:00:00Z'),
        end: new Date('2026-03-05T17:00:00Z'),
        asOf: new Date('2026-03-05T17:00:00Z'),
      },
    });
  });

  it('defaults to the current Vietnam month up to today, counted as of now', () => {
    const result = resolvePeriod({}, now);
    expect(result.ok && result.period).toMatchObject({ from: '2026-03-01', to: '2026-03-11', asOf: now });
  });

  it.each([
    [{ from: '2026-02-30', to: '2026-03-01' }, 'not_a_date'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'reversed'],
    [{ from: '2025-01-01', to: '2026-01-02' }, 'too_long'],
  ])('refuses %j (%s)', (query, reason) => {
    expect(resolvePeriod(query, now)).toEqual({ ok: false, reason });
  });

  it('takes a whole leap year', () => {
    expect(resolvePeriod({ from: '2024-01-01', to: '2024-12-31' }, now).ok).toBe(true);
  });

  it('formats days and times the Vietnamese way', () => {
    expect(formatDay('2026-03-05')).toBe('05/03/2026');
    expect(formatLocalTime(now)).toBe('03:00 11/03/2026');
    expect(localDay(new Date('2026-03-05T16:59:59Z'))).toBe('2026-03-05');
    expect(localDay(new Date('2026-03-05T17:00:00Z'))).toBe('2026-03-06');
  });
});

describe('indicators', () => {
  const totals: StatsTotals = {
    received: 8,
    inProgress: 4,
    completed: 5,
    onTime: 3,
    late: 2,
    overdue: 1,
    promiseKept: 4,
    online: 2,
    processingSeconds: 5 * 2 * 86_400,
  };
  const ratings = { very_satisfied: 2, satisfied: 1, unsatisfied: 1 };

  it('computes rates in % with one decimal, null without a base', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 0)).toBeNull();
    expect(satisfactionRate(ratings)).toBe(75);
    expect(satisfactionRate({ very_satisfied: 0, satisfied: 0, unsatisfied: 0 })).toBeNull();
  });

  it('derives every indicator from the counts', () => {
    const byKey = Object.fromEntries(computeIndicators(totals, ratings).map((i) => [i.key, i.value]));
    expect(byKey).toEqual({
      on_time_rate: 60,
      promise_kept_rate: 80,
      overdue_share: 25,
      avg_processing_days: 2,
      online_share: 25,
      satisfaction_rate: 75,
      handling_satisfaction: 40,
    });
  });

  it('leaves the indicators without a base empty', () => {
    const empty = computeIndicators({ ...totals, received: 0, completed: 0, inProgress: 0 }, ratings);
    expect(empty.filter((i) => i.key !== 'satisfaction_rate').every((i) => i.value === null)).toBe(true);
  });
});
