import { describe, expect, it } from 'vitest';
import { readJsonPointer } from './json-pointer.ts';
import { gatewayPhone, withoutDiacritics } from './sms-text.ts';

describe('gatewayPhone', () => {
  it.each([
    ['84912345678', 'e164', '84912345678'],
    ['84912345678', 'local', '0912345678'],
    ['84243825000', 'local', '0243825000'],
    ['14155550100', 'e164', '14155550100'],
    ['14155550100', 'local', undefined],
    ['0912345678', 'e164', undefined],
    ['+84912345678', 'e164', undefined],
    [undefined, 'e164', undefined],
  ] as const)('%s as %s → %s', (phone, format, expected) => {
    expect(gatewayPhone(phone, format)).toBe(expected);
  });
});

describe('withoutDiacritics', () => {
  it('folds every Vietnamese letter, in NFC or NFD, and typographic punctuation', () => {
    const text = 'Ắ ặ ề ễ ộ ờ ợ ữ ỳ ỹ Đ đ Ư ư Ơ ơ Â â Ê ê Ô ô Ă ă – “Hồ sơ” … ₫';
    const expected = 'A a e e o o o u y y D d U u O o A a E e O o A a - "Ho so" ... ₫';
    expect(withoutDiacritics(text)).toBe(expected);
    expect(withoutDiacritics(text.normalize('NFD'))).toBe(expected);
  });
});

describe('readJsonPointer', () => {
  const document = { data: { messageId: 'm-1', list: [{ id: 7 }] }, 'a/b': { '~k': true } };
  it.each([
    ['/data/messageId', 'm-1'],
    ['/data/list/0/id', 7],
    ['/a~1b/~0k', true],
    ['', document],
    ['/data/list/01', undefined],
    ['/data/missing/id', undefined],
    ['/data/messageId/length', undefined],
  ])('%s', (pointer, expected) => {
    expect(readJsonPointer(document, pointer)).toEqual(expected);
  });
});
