import type { LookupItem } from '@motcua/contracts';
import type { LookupProvider } from '../domain/provider.ts';
import { cleanText, foldKey, parseDate, parseMoney, showDate, showMoney } from '../domain/values.ts';

/** One segment of a street in the province's land price table (bảng giá đất), for one land type. */
export type LandPriceRow = {
  street: string;
  /** Empty for the whole street (trọn đường). */
  from: string;
  to: string;
  landType: string;
  /** Prices per m² in đồng by position (vị trí 1–4); VT1 is always given. */
  vt1: number;
  vt2: number | null;
  vt3: number | null;
  vt4: number | null;
  /** The decision the prices come from, e.g. `QĐ 35/2024/QĐ-UBND`. */
  decision: string;
  /** `yyyy-MM-dd`. */
  validFrom: string;
};

const POSITIONS = ['vt1', 'vt2', 'vt3', 'vt4'] as const;

/** Words a citizen puts before a street name that the table does not ("đường", "phố"). */
const LEADING = /^(gia dat |bang gia dat )?((duong|pho|tuyen duong|tuyen) )?/;

function segment(row: LandPriceRow): string {
  return row.from === '' ? 'Trọn đường' : `Đoạn từ ${row.from} đến ${row.to}`;
}

function item(row: LandPriceRow): LookupItem {
  const prices = POSITIONS.flatMap((position, index) => {
    const price = row[position];
    return price === null
      ? []
      : [
          {
            key: position,
            label: `Vị trí ${String(index + 1)} (VT${String(index + 1)})`,
            value: `${showMoney(price)}/m²`,
          },
        ];
  });
  return {
    heading: `${row.street} — ${segment(row)}`,
    fields: [
      { key: 'landType', label: 'Loại đất', value: row.landType },
      ...prices,
      { key: 'decision', label: 'Căn cứ', value: row.decision },
      { key: 'validFrom', label: 'Áp dụng từ', value: showDate(row.validFrom) },
    ],
  };
}

function price(cell: string, column: string, required: boolean, problems: string[]): number | null {
  if (cell === '') {
    if (required) problems.push(`thiếu giá ${column.toUpperCase()}`);
    return null;
  }
  const value = parseMoney(cell);
  if (value === undefined || value <= 0) {
    problems.push(`giá ${column.toUpperCase()} "${cell}" không phải số tiền (ví dụ 12000000 hoặc 12.000.000)`);
    return null;
  }
  return value;
}

/** Bảng giá đất: prices per m² by street segment, land type and position, searched by street name. */
export const landPrice: LookupProvider<LandPriceRow> = {
  kind: 'land-price',
  title: 'Bảng giá đất',
  titleEn: 'Land price table',
  queryLabel: 'Tên đường',
  example: 'Nguyễn Trãi',
  columns: {
    required: ['street', 'segment_from', 'segment_to', 'land_type', 'vt1', 'decision', 'valid_from'],
    optional: ['vt2', 'vt3', 'vt4'],
  },
  match: 'contains',

  parseQuery(raw) {
    const display = cleanText(raw);
    const key = foldKey(display).replace(LEADING, '').trim();
    if (key.length < 2 || !/\p{L}/u.test(key)) {
      return { ok: false, message: 'Vui lòng gõ tên đường, có dấu hoặc không dấu (ví dụ "Nguyễn Trãi").' };
    }
    return { ok: true, key, display };
  },

  parseRow(cells) {
    const problems: string[] = [];
    const street = cleanText(cells['street'] ?? '');
    const from = cleanText(cells['segment_from'] ?? '');
    const to = cleanText(cells['segment_to'] ?? '');
    const landType = cleanText(cells['land_type'] ?? '');
    const decision = cleanText(cells['decision'] ?? '');
    if (street === '') problems.push('thiếu tên đường (street)');
    if ((from === '') !== (to === ''))
      problems.push('đoạn đường cần cả điểm đầu và điểm cuối, hoặc bỏ trống cả hai (trọn đường)');
    if (landType === '') problems.push('thiếu loại đất (land_type)');
    if (decision === '') problems.push('thiếu căn cứ pháp lý (decision)');
    const validFrom = parseDate(cells['valid_from'] ?? '');
    if (validFrom === undefined)
      problems.push(`ngày áp dụng "${cells['valid_from'] ?? ''}" không đúng dạng dd/MM/yyyy`);
    const vt1 = price(cells['vt1'] ?? '', 'vt1', true, problems);
    const vt2 = price(cells['vt2'] ?? '', 'vt2', false, problems);
    const vt3 = price(cells['vt3'] ?? '', 'vt3', false, problems);
    const vt4 = price(cells['vt4'] ?? '', 'vt4', false, problems);
    if (problems.length > 0 || vt1 === null || validFrom === undefined) return { ok: false, problems };
    const row: LandPriceRow = { street, from, to, landType, vt1, vt2, vt3, vt4, decision, validFrom };
    return { ok: true, row, key: foldKey(street), identity: foldKey(`${street}|${from}|${to}|${landType}`) };
  },

  answer(rows, context) {
    if (rows.length === 0) {
      return {
        message:
          `Không tìm thấy tuyến đường nào khớp với "${context.query}" trong bảng giá đất của tỉnh. ` +
          'Hãy gõ tên đường khác, có dấu hoặc không dấu (ví dụ "Nguyễn Trãi").',
        items: [],
      };
    }
    return {
      message: `Tìm thấy ${String(context.total)} mức giá (theo đoạn đường và loại đất) khớp với "${context.query}".`,
      items: rows.map(item),
    };
  },
};
