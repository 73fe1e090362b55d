import { describe, expect, it } from 'vitest';

import {
  decodeTelex,
  foldVietnamese,
  hasDiacritics,
  normalizeText,
  normalizeTonePlacement,
  splitSyllables,
  tokenizeAccented,
  tokenizeSyllables,
} from './fold.ts';

describe('normalizeText', () => {
  it.each([
    ['  Đăng   ký\tkhai\nsinh  ', 'Đăng ký khai sinh'],
    ['Vie\u0323\u0302t', 'Việt'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('returns NFC for NFD input', () => {
    const nfd = 'Đăng ký tạm trú'.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Đăng ký tạm trú'.normalize('NFC'));
    expect(normalizeText(nfd).length).toBeLessThan(nfd.length);
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Đặng', 'dang'],
    ['đường ĐỒNG', 'duong dong'],
    ['Nguyễn Thị Hương', 'nguyen thi huong'],
    ['ư ơ ă â ê ô', 'u o a a e o'],
    ['Đăng ký tạm trú'.normalize('NFD'), 'dang ky tam tru'],
    ['ðăng ký', 'dang ky'],
    ['gplx 1.001193', 'gplx 1.001193'],
  ])('%j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('maps đ explicitly: stripping marks alone would keep it', () => {
    expect('Đặng'.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Đang');
    expect(foldVietnamese('Đặng')).toBe('dang');
  });
});

describe('normalizeTonePlacement', () => {
  it.each([
    ['hòa', 'hoà'],
    ['hoà', 'hoà'],
    ['thủy', 'thuỷ'],
    ['thuỷ', 'thuỷ'],
    ['khỏe', 'khoẻ'],
    ['Hòa Bình', 'Hoà Bình'],
    ['tàu thủy lưu trú', 'tàu thuỷ lưu trú'],
    ['hóa đơn', 'hoá đơn'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
  });

  it.each(['giường', 'quốc', 'gìn', 'ngoài', 'khuỷu', 'mùa', 'quý', 'thuở', 'người', 'khuyến'])(
    'keeps the correctly placed %j',
    (word) => {
      expect(normalizeTonePlacement(word)).toBe(word);
    },
  );

  it('makes old and new spellings equal, also from NFD input', () => {
    expect(normalizeTonePlacement('Thủy Hòa'.normalize('NFD'))).toBe(normalizeTonePlacement('Thuỷ Hoà'));
    expect(tokenizeAccented('Hòa Thủy')).toEqual(tokenizeAccented('Hoà Thuỷ'));
  });
});

describe('decodeTelex', () => {
  it.each([
    ['dawng kys khai sinh', 'dăng ký khai sinh'],
    ['ddawng ky', 'đăng ky'],
    ['ddawng kys', 'đăng ký'],
    ['lys lichj tu phaps', 'lý lịch tu pháp'],
    ['giaays phesp xaay duwngj', 'giấy phép xây dựng'],
    ['thuowngf tru', 'thường tru'],
    ['tamj truss', 'tạm trú'],
    ['nguyeenx', 'nguyễn'],
    ['tw phaps', 'tư pháp'],
    ['KYS', 'ký'],
    ['ly1 lich5 tu7 phap1', 'lý lịch tư pháp'],
    ['d9a8ng ky1', 'đăng ký'],
  ])('%j → %j', (input, expected) => {
    expect(decodeTelex(input)).toBe(expected);
  });

  it.each(['gplx cccd lltp hkd gks mst', 'khai sinh', 'khaisinh', 'taxi homestay visa', 'đăng ký', '1.001193'])(
    'leaves %j alone',
    (input) => {
      expect(decodeTelex(input)).toBe(input);
    },
  );
});

describe('tokenisation', () => {
  it.each([
    ['Đăng ký Khai-sinh', ['dang', 'ki', 'khai', 'sinh']],
    ['lý lịch, tư pháp!', ['li', 'lich', 'tu', 'phap']],
    ['kỹ thuật / kĩ thuật', ['ki', 'thuat', 'ki', 'thuat']],
    ['Quý, thủy', ['qui', 'thuy']],
    ['hạng 3 sao', ['hang', '3', 'sao']],
    ['   ', []],
  ])('%j → %j', (input, expected) => {
    expect(tokenizeSyllables(input)).toEqual(expected);
  });

  it('splits on punctuation and keeps accents in splitSyllables', () => {
    expect(splitSyllables('Hộ tịch;Chứng thực')).toEqual(['Hộ', 'tịch', 'Chứng', 'thực']);
  });

  it.each([
    ['đăng ký', true],
    ['Đ', true],
    ['dang ky', false],
    ['GPLX', false],
  ])('hasDiacritics(%j) = %s', (input, expected) => {
    expect(hasDiacritics(input)).toBe(expected);
  });
});
