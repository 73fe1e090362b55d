import { describe, expect, it } from 'vitest';
import { actionLabel, actionList, actions } from './actions.ts';
import { roleLabel, roleList, roles } from './roles.ts';
import { subStatusLabel, subStatusList, subStatuses } from './sub-statuses.ts';

const labelled = [
  ['roles', roles, roleList, roleLabel],
  ['actions', actions, actionList, actionLabel],
  ['sub-statuses', subStatuses, subStatusList, subStatusLabel],
] as const;

describe('labels', () => {
  it.each(labelled)('%s: listed once each, in NFC Vietnamese and in English', (_name, table, list, label) => {
    expect([...list].sort()).toEqual(Object.keys(table).sort());
    for (const key of list as readonly (keyof typeof table)[]) {
      const vi = (label as (k: typeof key, lang?: 'vi' | 'en') => string)(key);
      const en = (label as (k: typeof key, lang?: 'vi' | 'en') => string)(key, 'en');
      expect(vi.normalize('NFC')).toBe(vi);
      expect(vi.length).toBeGreaterThan(0);
      expect(en).toMatch(/^[A-Z][A-Za-z ]+$/);
    }
  });

  it.each([
    ['accept', 'Tiếp nhận hồ sơ'],
    ['refuse', 'Từ chối tiếp nhận'],
    ['request_supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ'],
    ['reschedule', 'Xin lỗi và hẹn lại ngày trả kết quả'],
    ['return_result', 'Trả kết quả'],
    ['withdraw', 'Rút hồ sơ'],
  ] as const)('names %s "%s"', (action, vi) => {
    expect(actionLabel(action)).toBe(vi);
  });

  it('names roles and steps as the glossary does', () => {
    expect(roleLabel('intake')).toBe('Cán bộ tiếp nhận');
    expect(roleLabel('admin', 'en')).toBe('Administrator');
    expect(subStatusLabel('awaiting_approval')).toBe('Chờ ký duyệt');
  });
});
