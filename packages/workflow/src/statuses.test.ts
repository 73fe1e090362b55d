import { describe, expect, it } from 'vitest';
import { finalStatuses, statusLabel, statusOfCode, statuses, type Status } from './statuses.ts';

describe('national status codes', () => {
  it.each([
    [1, 'submitted', 'Mới đăng ký'],
    [2, 'accepted', 'Được tiếp nhận'],
    [3, 'refused', 'Không được tiếp nhận'],
    [4, 'processing', 'Đang xử lý'],
    [5, 'supplement_requested', 'Yêu cầu bổ sung giấy tờ'],
    [6, 'payment_requested', 'Yêu cầu thực hiện nghĩa vụ tài chính'],
    [7, 'withdrawal_requested', 'Công dân yêu cầu rút hồ sơ'],
    [8, 'stopped', 'Dừng xử lý'],
    [9, 'result_ready', 'Đã xử lý xong'],
    [10, 'returned', 'Đã trả kết quả'],
  ] as const)('code %i is %s (%s)', (code, status, label) => {
    expect(statusOfCode(code)).toBe(status);
    expect(statusLabel(status)).toBe(label);
    expect(statusLabel(status).normalize('NFC')).toBe(statusLabel(status));
  });

  it('has ten distinct codes and nothing outside 1–10', () => {
    const codes = Object.values(statuses).map((s) => s.code);
    expect(new Set(codes).size).toBe(10);
    expect(statusOfCode(0)).toBeUndefined();
    expect(statusOfCode(11)).toBeUndefined();
  });

  it('marks refused, stopped and returned as final', () => {
    const final: Status[] = ['refused', 'stopped', 'returned'];
    expect([...finalStatuses].sort()).toEqual(final.sort());
  });
});
