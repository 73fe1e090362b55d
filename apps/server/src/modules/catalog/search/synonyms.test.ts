import { describe, expect, it } from 'vitest';

import { tokenizeSyllables } from './fold.ts';
import {
  applySynonyms,
  compileSynonyms,
  defaultSynonyms,
  mergeSynonyms,
  synonymKey,
  type Synonym,
} from './synonyms.ts';

const matcher = compileSynonyms(defaultSynonyms);

function rewrite(query: string, table = matcher): string {
  return applySynonyms(tokenizeSyllables(query), table)
    .map((span) => span.tokens.join(' '))
    .join(' | ');
}

describe('default synonym table', () => {
  it('has at least 40 entries with distinct terms', () => {
    expect(defaultSynonyms.length).toBeGreaterThanOrEqual(40);
    const keys = defaultSynonyms.map((s) => synonymKey(s.term));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['so do', 'giay chung nhan quyen su dung dat'],
    ['sổ hồng', 'giay chung nhan quyen su dung dat'],
    ['BÌA ĐỎ', 'giay chung nhan quyen su dung dat'],
    ['bang lai', 'giay phep lai xe'],
    ['gplx', 'giay phep lai xe'],
    ['gks', 'khai sinh'],
    ['giay khai sinh', 'khai sinh'],
    ['lltp', 'li lich tu phap'],
    ['ly lich', 'li lich tu phap'],
    ['hkd', 'ho kinh doanh'],
    ['mo quan', 'thanh lap ho kinh doanh'],
    ['mở tiệm', 'thanh lap ho kinh doanh'],
    ['mo cua hang', 'thanh lap ho kinh doanh'],
    ['kinh doanh nho', 'ho kinh doanh'],
    ['cccd', 'can cuoc'],
    ['dang ky cuoi', 'ket hon'],
    ['lam giay dang ky ket hon', 'ket hon'],
    ['giay chung tu', 'khai tu'],
    ['bao tu', 'khai tu'],
    ['ho khau', 'thuong tru'],
    ['nhap ho khau', 'dang ki thuong tru'],
    ['o tro', 'tam tru'],
    ['khai bao tam tru', 'dang ki tam tru'],
    ['cong chung', 'chung thuc ban sao tu ban chinh'],
    ['sao y', 'chung thuc ban sao tu ban chinh'],
    ['doc than', 'tinh trang hon nhan'],
    ['giay xac nhan doc than', 'xac nhan tinh trang hon nhan'],
    ['xin phep xay nha', 'giay phep xay dung nha o rieng le'],
    ['that nghiep', 'tro cap that nghiep'],
    ['ma so thue', 'dang ki thue'],
    ['mst', 'dang ki thue'],
    ['nhap tich', 'nhap quoc tich'],
  ])('%j → %j', (query, expected) => {
    expect(rewrite(query)).toBe(expected);
  });
});

describe('applySynonyms', () => {
  it('prefers the longest term and keeps the rest of the query', () => {
    expect(rewrite('doi bang lai xe het han')).toBe('doi | giay phep lai xe | het han');
  });

  it('records the words a synonym replaced', () => {
    const spans = applySynonyms(tokenizeSyllables('xin so do'), matcher);
    expect(spans).toEqual([
      { tokens: ['xin'] },
      { tokens: tokenizeSyllables('giấy chứng nhận quyền sử dụng đất'), replaced: ['so', 'do'] },
    ]);
  });

  it.each(['ly lich tu phap', 'giay phep xay dung', 'trich luc ho tich'])(
    'keeps %j, which already spells the expansion',
    (query) => {
      expect(rewrite(query)).toBe(tokenizeSyllables(query).join(' '));
    },
  );

  it('matches whole syllables only', () => {
    expect(rewrite('hkdx')).toBe('hkdx');
    expect(rewrite('sodo')).toBe('sodo');
  });
});

describe('mergeSynonyms', () => {
  const defaults: Synonym[] = [
    { term: 'sổ đỏ', expansion: 'giấy chứng nhận quyền sử dụng đất' },
    { term: 'gks', expansion: 'khai sinh' },
  ];

  it('adds tenant entries and lets them override defaults with the same accent-free term', () => {
    const merged = mergeSynonyms(defaults, [
      { term: 'SO DO', expansion: 'đăng ký đất đai' },
      { term: 'xin giấy đi làm', expansion: 'lý lịch tư pháp' },
    ]);
    expect(merged).toEqual([
      { term: 'gks', expansion: 'khai sinh' },
      { term: 'SO DO', expansion: 'đăng ký đất đai' },
      { term: 'xin giấy đi làm', expansion: 'lý lịch tư pháp' },
    ]);
    expect(rewrite('xin giay di lam', compileSynonyms(merged))).toBe('li lich tu phap');
  });

  it('ignores entries without a term and leaves the inputs untouched', () => {
    const tenant: Synonym[] = [{ term: ' ?! ', expansion: 'x' }];
    expect(mergeSynonyms(defaults, tenant)).toEqual(defaults);
    expect(defaults).toHaveLength(2);
  });
});
