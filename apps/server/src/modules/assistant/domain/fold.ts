/**
 * Folds Vietnamese text for matching labels, one character for one character, so a match in the
 * folded line points at the same place in the line as printed: marks dropped, đ → d, lower case.
 */
export function foldKeepingPlaces(text: string): string {
  let folded = '';
  for (const char of text) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    const single = base.length === char.length ? base : ' '.repeat(char.length);
    folded += single.replace(/[đĐ]/g, 'd').toLowerCase();
  }
  return folded;
}

/** Folded text without the place-keeping: for comparing words (names, labels). */
export function fold(text: string): string {
  return foldKeepingPlaces(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
