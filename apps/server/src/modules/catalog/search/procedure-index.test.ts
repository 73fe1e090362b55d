import { describe, expect, it } from 'vitest';

import { createProcedureIndex } from './procedure-index.ts';
import type { SearchDocument } from './search-document.ts';
import { defaultSynonyms, mergeSynonyms } from './synonyms.ts';

function doc(
  code: string,
  name: string,
  field: string,
  level: SearchDocument['level'],
  keywords: string[] = [],
): SearchDocument {
  return { code, name, field, level, keywords };
}

const DOCS: readonly SearchDocument[] = [
  doc('1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch', 'commune', ['làm giấy khai sinh']),
  doc('1.004884', 'Thủ tục đăng ký lại khai sinh', 'Hộ tịch', 'commune'),
  doc('1.000656', 'Thủ tục đăng ký khai tử', 'Hộ tịch', 'commune'),
  doc('1.000894', 'Thủ tục đăng ký kết hôn', 'Hộ tịch', 'commune'),
  doc('1.004194', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú', 'commune'),
  doc('1.004222', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú', 'commune'),
  doc('3.000347', 'Đổi giấy phép lái xe', 'Sát hạch, cấp giấy phép lái xe', 'province'),
  doc('3.000353', 'Cấp giấy phép lái xe quốc tế', 'Sát hạch, cấp giấy phép lái xe', 'province'),
  doc('2.002039', 'Nhập quốc tịch Việt Nam ở trong nước', 'Quốc tịch', 'province'),
  doc('1.009999', 'Hoà giải tranh chấp đất đai', 'Đất đai', 'commune'),
];

const index = createProcedureIndex(DOCS);

function codes(query: string, options = {}): string[] {
  return index.search(query, options).hits.map((h) => h.code);
}

describe('createProcedureIndex', () => {
  it('lists every procedure in Vietnamese name order for an empty query', () => {
    const result = index.search('   ');
    expect(result.total).toBe(DOCS.length);
    expect(result.hits.every((h) => h.score === 0)).toBe(true);
    const names = result.hits.map((h) => DOCS.find((d) => d.code === h.code)?.name ?? '');
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names[0]).toBe('Cấp giấy phép lái xe quốc tế');
  });

  it.each([
    [{ level: 'province' as const }, ['3.000353', '2.002039', '3.000347']],
    [{ field: 'HO TICH' }, ['1.001193', '1.004884', '1.000656', '1.000894']],
    [{ field: 'hộ tịch', level: 'province' as const }, []],
  ])('filters the empty query with %j', (options, expected) => {
    expect(new Set(codes('', options))).toEqual(new Set(expected));
  });

  it.each([
    [{ level: 'commune' as const }, '1.004194'],
    [{ field: 'Đăng ký, quản lý cư trú' }, '1.004194'],
  ])('filters text results with %j', (options, first) => {
    const hits = codes('dang ky tam tru', options);
    expect(hits[0]).toBe(first);
    expect(hits.every((code) => DOCS.find((d) => d.code === code)?.level === 'commune')).toBe(true);
  });

  it('returns nothing for a filter that matches no procedure', () => {
    expect(index.search('khai sinh', { field: 'Thuế' })).toEqual({ hits: [], total: 0 });
  });

  it.each([
    [{ limit: 3 }, 0, 3],
    [{ limit: 3, offset: 3 }, 3, 6],
    [{ limit: 3, offset: 9 }, 9, 10],
    [{ limit: 0 }, 0, 0],
    [{ offset: 50 }, 10, 10],
  ])('pages with %j', (options, start, end) => {
    const all = index.search('', { limit: 100 });
    const page = index.search('', options);
    expect(page.total).toBe(DOCS.length);
    expect(page.hits).toEqual(all.hits.slice(start, end));
  });

  it('pages text results consistently', () => {
    const all = codes('dang ky', { limit: 100 });
    expect(codes('dang ky', { limit: 2, offset: 1 })).toEqual(all.slice(1, 3));
    expect(index.search('dang ky').total).toBe(all.length);
  });

  it('ranks an exact code first, and completes a code being typed', () => {
    expect(codes('1.004884')[0]).toBe('1.004884');
    expect(codes('khai sinh 1.004884')[0]).toBe('1.004884');
    expect(codes('1.0048')).toEqual(['1.004884']);
    expect(codes('9.999999')).toEqual([]);
  });

  it.each([
    ['khai sinh', '1.001193'],
    ['dang ky lai khai sinh', '1.004884'],
    ['khia sinh', '1.001193'],
    ['tam truu', '1.004194'],
    ['hòa giải', '1.009999'],
    ['hoà giải', '1.009999'],
    ['hoa giai', '1.009999'],
    ['bang lai quoc te', '3.000353'],
    ['doi bang lai', '3.000347'],
    ['nhap quoc t', '2.002039'],
  ])('finds %j first', (query, code) => {
    expect(codes(query)[0]).toBe(code);
  });

  it('returns no hits when nothing matches', () => {
    expect(index.search('qwxz zzzz')).toEqual({ hits: [], total: 0 });
  });

  it('adds, replaces and removes procedures', () => {
    const local = createProcedureIndex(DOCS.slice(0, 3));
    expect(local.size).toBe(3);
    local.add(doc('1.000894', 'Thủ tục đăng ký kết hôn', 'Hộ tịch', 'commune'));
    expect(local.search('ket hon').hits[0]?.code).toBe('1.000894');
    expect(() => local.add(doc('1.000894', 'Trùng mã', 'Hộ tịch', 'commune'))).toThrow(/already indexed/);
    local.replace(doc('1.000894', 'Thủ tục đăng ký kết hôn lưu động', 'Hộ tịch', 'commune'));
    expect(local.search('luu dong').hits.map((h) => h.code)).toEqual(['1.000894']);
    expect(local.search('ket hon').total).toBe(1);
    expect(local.remove('1.000894')).toBe(true);
    expect(local.remove('1.000894')).toBe(false);
    expect(local.search('ket hon').total).toBe(0);
    expect(local.search('').total).toBe(3);
    local.replace(doc('1.000894', 'Thủ tục đăng ký kết hôn', 'Hộ tịch', 'commune'));
    expect(local.size).toBe(4);
  });

  it('uses tenant synonyms', () => {
    const tenant = createProcedureIndex(
      DOCS,
      mergeSynonyms(defaultSynonyms, [{ term: 'giấy ở nhờ', expansion: 'tạm trú' }]),
    );
    expect(tenant.search('xin giay o nho').hits[0]?.code).toBe('1.004194');
    expect(codes('xin giay o nho')[0]).not.toBe('1.004194');
  });

  it('finds a procedure through a keyword a synonym would rewrite', () => {
    const local = createProcedureIndex([...DOCS, doc('1.999999', 'Sang tên nhà đất', 'Đất đai', 'commune', ['sổ đỏ'])]);
    expect(local.search('so do').hits.map((h) => h.code)).toContain('1.999999');
  });
});
