import { describe, expect, it } from 'vitest';
import { filterByFoldedLabel } from './fold-text.ts';

describe('searching option labels as officers type', () => {
  it.each([
    ['tay ninh', 'Tây Ninh', true],
    ['TÂY NINH', 'Tây Ninh', true],
    ['dong xoai', 'Phường Đồng Xoài', true],
    ['ninh tay', 'Tây Ninh', true],
    ['  tan   ninh ', 'Phường Tân Ninh', true],
    ['tan ninh', 'Tây Ninh', false],
    ['hoà', 'Xã Hòa Thành'.normalize('NFD'), true],
  ])('%s in %s: %s', (typed, label, expected) => {
    expect(filterByFoldedLabel(typed, { label })).toBe(expected);
  });

  it('does not match labels that are not text', () => {
    expect(filterByFoldedLabel('a', { label: { a: 1 } })).toBe(false);
    expect(filterByFoldedLabel('a')).toBe(false);
  });
});
