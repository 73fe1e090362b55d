import { describe, expect, it } from 'vitest';
import { judgeDocument } from './document-check.ts';
import { expectationOf } from './document-types.ts';
import { readIdCard } from './id-card.ts';
import { idNumberFacts, idNumberPlausibility } from './id-number.ts';
import type { OcrPage } from './ocr-page.ts';

/** A page as the recogniser returns it: each word at the given confidence. */
function page(lines: readonly string[], confidence = 95): OcrPage {
  return {
    lines: lines.map((text) => ({
      text,
      confidence,
      words: text.split(/\s+/).map((w) => ({ text: w, confidence })),
    })),
  };
}

const front = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CĂN CƯỚC CÔNG DÂN',
  'Số / No.: 001098001234',
  'Họ và tên / Full name:',
  'TRẦN VĂN ĐỨC',
  'Ngày sinh / Date of birth: 1/2/1998',
  'Giới tính / Sex: Nam   Quốc tịch / Nationality: Việt Nam',
  'Quê quán / Place of origin:',
  'Xã Đông Hòa, Đông Sơn, Thanh Hóa',
  'Nơi thường trú / Place of residence: 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội',
  'Có giá trị đến / Date of expiry: 01/02/2038',
];

describe('readIdCard', () => {
  it('reads every field of a CCCD front, labels in either place, values tidied', () => {
    const proposals = Object.fromEntries(readIdCard(page(front)).map((p) => [p.field, p.value]));
    expect(proposals).toEqual({
      idNumber: '001098001234',
      fullName: 'Trần Văn Đức',
      dateOfBirth: '01/02/1998',
      sex: 'Nam',
      nationality: 'Việt Nam',
      placeOfOrigin: 'Xã Đông Hòa, Đông Sơn, Thanh Hóa',
      placeOfResidence: '5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội',
      expiryDate: '01/02/2038',
    });
  });

  it('reads the 2024 Căn cước labels and a number printed in groups', () => {
    const proposals = readIdCard(
      page([
        'Số định danh cá nhân / Personal identification number',
        '079 303 012 345',
        'Họ, chữ đệm và tên khai sinh / Full name',
        'LÊ THỊ HOA',
        'Ngày, tháng, năm sinh / Date of birth',
        '15/03/2003',
        'Giới tính / Sex Nữ',
      ]),
    );
    expect(proposals.map((p) => [p.field, p.value])).toEqual([
      ['idNumber', '079303012345'],
      ['fullName', 'Lê Thị Hoa'],
      ['dateOfBirth', '15/03/2003'],
      ['sex', 'Nữ'],
    ]);
  });

  it('lowers the confidence of values that fail their own checks, and guesses nothing', () => {
    const byField = (lines: string[]) => new Map(readIdCard(page(lines)).map((p) => [p.field, p]));
    const good = byField(front);
    // Born 1998, but the number's fourth to sixth digits say a woman born in 2005, in no province.
    const odd = byField(front.map((l) => l.replace('001098001234', '999305001234').replace('1/2/1998', '31/02/1998')));
    expect(odd.get('idNumber')?.confidence).toBeLessThan((good.get('idNumber')?.confidence ?? 0) * 0.5);
    expect(odd.get('dateOfBirth')?.confidence).toBeLessThan(0.5);
    expect(readIdCard(page(['Giới tính / Sex: ?', 'Họ và tên / Full name:']))).toEqual([]);
  });
});

describe('ID numbers (NĐ 137/2015 Điều 13)', () => {
  it('reads the century, sex and birth year, and checks them against the card', () => {
    expect(idNumberFacts('079303012345')).toEqual({ validProvince: true, century: 2000, sex: 'Nữ', yearOfCentury: 3 });
    expect(idNumberFacts('07930301234')).toBeUndefined();
    expect(idNumberPlausibility('079303012345', 2003, 'Nữ')).toBe(1);
    expect(idNumberPlausibility('079303012345', 1993, 'Nữ')).toBeCloseTo(0.7);
    expect(idNumberPlausibility('079203012345', 2003, 'Nữ')).toBeCloseTo(0.8);
    expect(idNumberPlausibility('003203012345')).toBeCloseTo(0.6);
  });
});

describe('what a slot asks for', () => {
  it.each([
    [{ key: 'giay-to-tuy-than' }, 'id_card'],
    [{ key: 'x', name: 'Bản sao thẻ Căn cước công dân' }, 'id_card'],
    [{ key: 'x', name: 'Giấy tờ tùy thân có ảnh còn giá trị' }, 'id_card'],
    [{ key: 'x', name: 'Bản sao các giấy tờ có thông tin khai sinh: căn cước/CMND, học bạ' }, 'text'],
    [{ key: 'x', name: '02 ảnh 4x6 cm' }, 'picture'],
    [{ key: 'to-khai', name: 'Tờ khai đăng ký khai sinh' }, 'text'],
  ] as const)('%j → %s', (slot, expected) => {
    expect(expectationOf(slot)).toBe(expected);
  });
});

describe('judgeDocument', () => {
  const noise = page(['~ .', 'a'], 40);
  it('needs text for a paper, and a 12-digit number (or a passport) for an ID card', () => {
    expect(judgeDocument('text', noise)).toEqual({ textFound: false, matches: false });
    expect(judgeDocument('text', page(['Tờ khai đăng ký khai sinh của công dân']))).toEqual({
      textFound: true,
      matches: true,
    });
    expect(judgeDocument('id_card', page(['Tờ khai đăng ký khai sinh của công dân'])).matches).toBe(false);
    expect(judgeDocument('id_card', page(front)).matches).toBe(true);
    expect(judgeDocument('id_card', page(['HỘ CHIẾU / PASSPORT', 'Họ và tên của người mang']))).toEqual({
      textFound: true,
      matches: true,
    });
  });
});
