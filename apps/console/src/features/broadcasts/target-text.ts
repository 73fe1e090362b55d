import type { Translate } from '../../i18n/translate.ts';
import { formatCount } from '../../lib/format.ts';
import type { BroadcastTarget } from './types.ts';

/**
 * A target in words: `Tất cả người theo dõi`, `3 xã/phường: Phường Tân Ninh, …`, `Nhãn: …`.
 * Communes are named from `communeNames` (code → name); an unknown code is shown as is.
 */
export function describeTarget(target: BroadcastTarget, communeNames: ReadonlyMap<string, string>, t: Translate) {
  if ('communes' in target) {
    const names = target.communes.map((code) => communeNames.get(code) ?? code);
    return t('broadcasts.target.communesText', { n: formatCount(names.length), names: names.join(', ') });
  }
  if ('tags' in target) return t('broadcasts.target.tagsText', { names: target.tags.join(', ') });
  return t('broadcasts.target.allText');
}
