/**
 * Text as officers search it: lower case, without tone marks or other diacritics, and with đ as d,
 * so that "tay ninh" finds "Tây Ninh" and "dong xoai" finds "Đồng Xoài".
 */
function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether every word typed appears, diacritics aside, in `label`. */
function matchesFolded(label: string, typed: string): boolean {
  const haystack = foldText(label);
  return foldText(typed)
    .split(' ')
    .every((word) => haystack.includes(word));
}

/** A Select's `filterOption` matching the typed words against option labels, diacritics aside. */
export function filterByFoldedLabel(typed: string, option?: { label?: unknown }): boolean {
  const label = option?.label;
  return typeof label === 'string' && matchesFolded(label, typed);
}
