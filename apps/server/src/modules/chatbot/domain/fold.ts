/**
 * Vietnamese text as the bot compares it: lower case, without tone marks or diacritics (đ → d),
 * single spaces. Citizens type with and without diacritics ("tra cứu" / "tra cuu"), and both must
 * mean the same.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#.:\-\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
