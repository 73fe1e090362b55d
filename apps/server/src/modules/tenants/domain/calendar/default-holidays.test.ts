import { describe, expect, it } from 'vitest';
import { defaultCalendar, defaultHolidays } from './default-holidays.ts';

function rows(year: number, weekendDays?: readonly number[]): string[] {
  const entries = weekendDays ? defaultHolidays(year, { weekendDays }) : defaultHolidays(year);
  return entries.map((e) => `${e.date} ${e.kind} ${e.estimated ? 'est' : 'law'} ${e.name}`);
}

describe('defaultHolidays', () => {
  it('2026: Tết 16/02–20/02 (the official break), Giỗ Tổ on Sunday 26/04 with nghỉ bù on 27/04', () => {
    expect(rows(2026)).toEqual([
      '2026-01-01 holiday law Tết Dương lịch',
      '2026-02-16 holiday est Tết Âm lịch (29 tháng Chạp)',
      '2026-02-17 holiday est Tết Âm lịch (mùng 1)',
      '2026-02-18 holiday est Tết Âm lịch (mùng 2)',
      '2026-02-19 holiday est Tết Âm lịch (mùng 3)',
      '2026-02-20 holiday est Tết Âm lịch (mùng 4)',
      '2026-04-26 holiday law Giỗ Tổ Hùng Vương',
      '2026-04-27 holiday law Nghỉ bù Giỗ Tổ Hùng Vương',
      '2026-04-30 holiday law Ngày Chiến thắng',
      '2026-05-01 holiday law Ngày Quốc tế Lao động',
      '2026-09-01 holiday est Quốc khánh (ngày liền kề)',
      '2026-09-02 holiday law Quốc khánh',
    ]);
  });

  it('2023: Giỗ Tổ Saturday 29/04 and 30/04 Sunday give nghỉ bù on 02/05 and 03/05', () => {
    expect(rows(2023).filter((row) => row.slice(5, 7) === '04' || row.slice(5, 7) === '05')).toEqual([
      '2023-04-29 holiday law Giỗ Tổ Hùng Vương',
      '2023-04-30 holiday law Ngày Chiến thắng',
      '2023-05-01 holiday law Ngày Quốc tế Lao động',
      '2023-05-02 holiday law Nghỉ bù Giỗ Tổ Hùng Vương',
      '2023-05-03 holiday law Nghỉ bù Ngày Chiến thắng',
    ]);
  });

  it.each([
    ['Tết Dương lịch on Saturday', 2028, '2028-01-03', 'Nghỉ bù Tết Dương lịch'],
    ['Tết Dương lịch on Sunday', 2023, '2023-01-02', 'Nghỉ bù Tết Dương lịch'],
    ['mùng 4 Tết on Saturday', 2025, '2025-02-03', 'Nghỉ bù Tết Âm lịch (mùng 4)'],
    ['mùng 1 Tết on Saturday, after the block', 2027, '2027-02-10', 'Nghỉ bù Tết Âm lịch (mùng 1)'],
    ['mùng 2 Tết on Sunday, after the first nghỉ bù', 2027, '2027-02-11', 'Nghỉ bù Tết Âm lịch (mùng 2)'],
    ['01/05 on Saturday', 2027, '2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'],
    ['30/04 on Sunday, 01/05 already a holiday', 2028, '2028-05-02', 'Nghỉ bù Ngày Chiến thắng'],
    ['02/09 on Saturday', 2028, '2028-09-04', 'Nghỉ bù Quốc khánh'],
    ['01/09 Saturday and 02/09 Sunday, first', 2029, '2029-09-03', 'Nghỉ bù Quốc khánh (ngày liền kề)'],
    ['01/09 Saturday and 02/09 Sunday, second', 2029, '2029-09-04', 'Nghỉ bù Quốc khánh'],
  ])('nghỉ bù (BLLĐ 2019 Điều 111(3)): %s → %s', (_label, year, date, name) => {
    expect(defaultHolidays(year)).toContainEqual(expect.objectContaining({ date, kind: 'holiday', name }));
  });

  it.each([2025, 2026, 2027, 2028, 2029, 2030])('%d has the 11 days of Điều 112(1), one row per date', (year) => {
    const entries = defaultHolidays(year);
    const dates = entries.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toEqual([...dates].sort());
    expect(entries.filter((e) => !e.name.startsWith('Nghỉ bù'))).toHaveLength(11);
    expect(entries.every((e) => e.kind === 'holiday' && e.date.startsWith(String(year)))).toBe(true);
  });

  it('places nghỉ bù by the unit weekly rest days: with only Sunday off, Saturday holidays need none', () => {
    expect(rows(2028, [0]).filter((row) => row.includes('Nghỉ bù'))).toEqual([
      '2028-05-02 holiday law Nghỉ bù Ngày Chiến thắng',
    ]);
  });
});

describe('defaultCalendar', () => {
  it('covers 2025–2030 in date order with unique dates', () => {
    const entries = defaultCalendar(2025, 2030);
    const dates = entries.map((e) => e.date);
    expect(dates[0]).toBe('2025-01-01');
    expect(dates.at(-1)).toBe('2030-09-03');
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toEqual([...dates].sort());
    expect(entries).toHaveLength(6 * 11 + 14);
  });

  it.each([
    [2026, 2025],
    [2025.5, 2026],
  ])('rejects the range %d–%d', (from, to) => {
    expect(() => defaultCalendar(from, to)).toThrow(RangeError);
  });
});
