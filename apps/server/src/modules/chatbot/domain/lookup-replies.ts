import type { LookupKind, LookupKindInfo, LookupResult } from '@motcua/contracts';
import { COMMANDS } from './intents.ts';
import { menuButton, text, type ChatReply } from './replies.ts';

/** Rows of a civic look-up the chat shows; the rest are counted, and the app shows them all. */
const ITEMS_SHOWN = 3;

const SHORT_TITLE: Record<LookupKind, string> = {
  'land-price': 'Giá đất',
  'traffic-fines': 'Phạt nguội',
  'driving-licence': 'Giấy phép lái xe',
};

const ASK: Record<LookupKind, string> = {
  'land-price': 'Gõ tên đường cần xem giá đất, có dấu hoặc không dấu (ví dụ "Nguyễn Trãi").',
  'traffic-fines': 'Gõ biển số xe cần tra cứu phạt nguội (ví dụ 51F-123.45 hoặc 51F12345).',
  'driving-licence': 'Gõ số giấy phép lái xe gồm 12 chữ số in trên giấy phép (ví dụ 012345678901).',
};

const againButton = (kind: LookupKind) => ({ title: 'Tra cứu tiếp', query: COMMANDS.lookupKind(kind), hidden: true });

/** The look-ups the province has data for, one button each. */
export function lookupsMenu(kinds: readonly LookupKindInfo[]): ChatReply[] {
  const available = kinds.filter((k) => k.available);
  if (available.length === 0) {
    return [text('Tỉnh chưa cung cấp dữ liệu tra cứu giá đất, phạt nguội hay giấy phép lái xe.', [menuButton])];
  }
  return [
    text(
      'Bạn muốn tra cứu gì? Bạn cũng có thể gõ thẳng, ví dụ "giá đất Nguyễn Trãi", "phạt nguội 51F12345", ' +
        '"GPLX 012345678901".',
      available.map((k) => ({ title: SHORT_TITLE[k.kind], query: COMMANDS.lookupKind(k.kind), hidden: true })),
    ),
  ];
}

export function askLookup(kind: LookupKind): ChatReply[] {
  return [text(ASK[kind], [menuButton])];
}

export function lookupInvalid(kind: LookupKind, message: string): ChatReply[] {
  return [text(`${message} ${ASK[kind]}`, [menuButton])];
}

export function lookupNotAvailable(kind: LookupKind): ChatReply[] {
  return [
    text(`Tỉnh chưa cung cấp dữ liệu tra cứu ${SHORT_TITLE[kind].toLowerCase()}. Bạn có thể bấm "Gặp cán bộ" để hỏi.`, [
      { title: 'Gặp cán bộ', query: COMMANDS.human },
      menuButton,
    ]),
  ];
}

/**
 * Over the chat's look-up limit: how many were allowed in how long, and when to try again. The rest
 * of the bot (dossiers, procedures, an officer) stays open.
 */
export function lookupLimited(limit: { max: number; windowMinutes: number }, waitMinutes: number): ChatReply[] {
  return [
    text(
      `Bạn tra cứu quá nhiều lần (tối đa ${String(limit.max)} lần trong ${String(limit.windowMinutes)} phút), ` +
        `thử lại sau ${String(waitMinutes)} phút.`,
      [menuButton],
    ),
  ];
}

/** A civic look-up's answer: what was found, the first rows, and — for sample data — that it is sample data. */
export function lookupAnswer(result: LookupResult): ChatReply[] {
  const items = result.items
    .slice(0, ITEMS_SHOWN)
    .map((item) => [`▸ ${item.heading}`, ...item.fields.map((f) => `${f.label}: ${f.value}`)].join('\n'));
  const more = result.total - Math.min(result.total, ITEMS_SHOWN);
  const lines = [
    `${result.title}: ${result.query}`,
    result.message,
    ...items,
    ...(more > 0 ? [`… và ${String(more)} kết quả khác: xem đầy đủ trong mục "Tra cứu" của ứng dụng Một Cửa.`] : []),
    ...(result.notice ? [`⚠ ${result.notice}.`] : []),
  ];
  return [text(lines.join('\n'), [againButton(result.kind), menuButton])];
}
