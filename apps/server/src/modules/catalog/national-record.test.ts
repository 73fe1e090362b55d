import { describe, expect, it } from 'vitest';
import { fromNationalRecord } from './national-record.ts';

function withTime(
  processingTime: number | string,
  processingTimeUnit = 'OTHER',
): ReturnType<typeof fromNationalRecord> {
  return fromNationalRecord({
    code: '1.000001',
    name: 'Thủ tục thử',
    executionMethods: [{ submissionMethod: 'DIRECT', processingTime, processingTimeUnit, fees: [] }],
  });
}

describe('fromNationalRecord', () => {
  it.each([
    [5, 'WORKING_DAY', { value: 5, unit: 'working_days' }],
    [30, 'DAY', { value: 30, unit: 'days' }],
    [8, 'HOUR', { value: 8, unit: 'working_hours' }],
    [3, 'MONTH', { value: 90, unit: 'days', text: '3 tháng' }],
    ['Không quá 15 ngày.', 'OTHER', { value: 15, unit: 'days' }],
    ['10 ngày làm việc kể từ ngày nhận đủ hồ sơ', 'OTHER', { value: 10, unit: 'working_days' }],
    ['Trong 24 giờ', 'OTHER', { value: 24, unit: 'working_hours' }],
    ['02 tháng', 'OTHER', { value: 60, unit: 'days' }],
  ] as const)('reads %j %s', (time, unit, expected) => {
    expect(withTime(time, unit).processingTime).toMatchObject(expected);
  });

  it('keeps words it cannot read as text and says so', () => {
    const def = withTime('Theo quy định');
    expect(def.processingTime).toMatchObject({ value: 0, text: 'Theo quy định' });
    expect(def.uncertainties.join(' ')).toMatch(/could not be read/);
  });

  it('fills a placeholder case and channel when the record has none, and says so', () => {
    const def = fromNationalRecord({ code: '1.000002', name: 'Thủ tục trống' });
    expect(def.cases).toHaveLength(1);
    expect(def.channels).toHaveLength(1);
    expect(def.uncertainties.join(' ')).toMatch(/No channel/);
  });

  it('keeps foreign-currency fees in the text and 0 as the amount in đồng', () => {
    const def = fromNationalRecord({
      code: '1.000003',
      name: 'Thủ tục có phí USD',
      executionMethods: [
        {
          submissionMethod: 'DIRECT',
          processingTime: 5,
          processingTimeUnit: 'WORKING_DAY',
          fees: [{ value: 20, description: 'Lệ phí', currencyName: 'USD' }],
        },
      ],
    });
    expect(def.fee.amount).toBe(0);
    expect(def.fee.text).toContain('20 USD');
  });
});
