import type { LookupItem } from '@motcua/contracts';
import type { LookupProvider } from '../domain/provider.ts';
import { cleanText, foldKey, parseDateTime, showDate, showDateTime, vietnamDay } from '../domain/values.ts';

/** A traffic violation recorded from cameras or patrol photos and not settled on the spot (phạt nguội). */
export type TrafficFineRow = {
  /** Normalised: `51F12345`. */
  plate: string;
  vehicleType: string;
  /** `yyyy-MM-ddTHH:mm`, Vietnam time. */
  violatedAt: string;
  place: string;
  violation: string;
  detectedBy: string;
  status: 'unpaid' | 'paid';
  /** Where to go to settle it. */
  resolveAt: string;
};

/**
 * A Vietnamese plate once separators are dropped: two digits of the province, a series of one or two
 * letters (a motorbike's may add a digit: `59X1`), then four or five digits. `51F12345` reads as
 * `51F-123.45` (five digits preferred); the key is the same either way.
 */
const PLATE = /^(\d{2}[A-Z]{1,2}\d??)(\d{4,5})$/;

/** `51F-123.45`, `51f12345`, `51F 123 45` → `51F12345`; undefined when it is not a plate. */
export function normalisePlate(text: string): string | undefined {
  const plate = text
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s.\-_/]/g, '');
  return PLATE.test(plate) ? plate : undefined;
}

/** `51F12345` → `51F-123.45`; `30A1234` → `30A-1234`. */
export function showPlate(plate: string): string {
  const match = PLATE.exec(plate);
  if (!match?.[1] || !match[2]) return plate;
  const digits = match[2];
  return `${match[1]}-${digits.length === 5 ? `${digits.slice(0, 3)}.${digits.slice(3)}` : digits}`;
}

const STATUS_WORDS: Record<string, TrafficFineRow['status']> = {
  'chua xu phat': 'unpaid',
  'chua nop phat': 'unpaid',
  unpaid: 'unpaid',
  unresolved: 'unpaid',
  'da xu phat': 'paid',
  'da nop phat': 'paid',
  paid: 'paid',
  resolved: 'paid',
};

const STATUS_LABEL: Record<TrafficFineRow['status'], string> = { unpaid: 'Chưa xử phạt', paid: 'Đã xử phạt' };

function item(row: TrafficFineRow): LookupItem {
  return {
    heading: `Biển số ${showPlate(row.plate)} — ${row.vehicleType}`,
    fields: [
      { key: 'violatedAt', label: 'Thời gian vi phạm', value: showDateTime(row.violatedAt) },
      { key: 'place', label: 'Địa điểm', value: row.place },
      { key: 'violation', label: 'Hành vi vi phạm', value: row.violation },
      { key: 'detectedBy', label: 'Đơn vị phát hiện', value: row.detectedBy },
      { key: 'status', label: 'Trạng thái', value: STATUS_LABEL[row.status] },
      { key: 'resolveAt', label: 'Nơi giải quyết', value: row.resolveAt },
    ],
  };
}

const TEXT_COLUMNS = [
  ['vehicle_type', 'loại phương tiện'],
  ['place', 'địa điểm'],
  ['violation', 'hành vi vi phạm'],
  ['detected_by', 'đơn vị phát hiện'],
  ['resolve_at', 'nơi giải quyết'],
] as const;

/** Phạt nguội: violations recorded against a licence plate, searched by the plate in any common spelling. */
export const trafficFines: LookupProvider<TrafficFineRow> = {
  kind: 'traffic-fines',
  title: 'Phạt nguội',
  titleEn: 'Traffic fines by plate',
  queryLabel: 'Biển số xe',
  example: '51F-123.45',
  columns: {
    required: ['plate', 'vehicle_type', 'violated_at', 'place', 'violation', 'detected_by', 'status', 'resolve_at'],
    optional: [],
  },
  match: 'equals',

  parseQuery(raw) {
    const plate = normalisePlate(raw);
    if (plate === undefined) {
      return { ok: false, message: 'Biển số xe chưa đúng. Vui lòng gõ đủ biển số, ví dụ 51F-123.45 hoặc 51F12345.' };
    }
    return { ok: true, key: plate, display: showPlate(plate) };
  },

  parseRow(cells) {
    const problems: string[] = [];
    const plate = normalisePlate(cells['plate'] ?? '');
    if (plate === undefined) problems.push(`biển số "${cells['plate'] ?? ''}" không đúng (ví dụ 51F-123.45)`);
    const violatedAt = parseDateTime(cells['violated_at'] ?? '');
    if (violatedAt === undefined) {
      problems.push(`thời gian vi phạm "${cells['violated_at'] ?? ''}" không đúng dạng dd/MM/yyyy HH:mm`);
    }
    const status = STATUS_WORDS[foldKey(cells['status'] ?? '')];
    if (status === undefined)
      problems.push(`trạng thái "${cells['status'] ?? ''}" phải là "chưa xử phạt" hoặc "đã xử phạt"`);
    const text: Record<string, string> = {};
    for (const [column, name] of TEXT_COLUMNS) {
      text[column] = cleanText(cells[column] ?? '');
      if (text[column] === '') problems.push(`thiếu ${name} (${column})`);
    }
    if (problems.length > 0 || plate === undefined || violatedAt === undefined || status === undefined) {
      return { ok: false, problems };
    }
    const row: TrafficFineRow = {
      plate,
      vehicleType: text['vehicle_type'] ?? '',
      violatedAt,
      place: text['place'] ?? '',
      violation: text['violation'] ?? '',
      detectedBy: text['detected_by'] ?? '',
      status,
      resolveAt: text['resolve_at'] ?? '',
    };
    return { ok: true, row, key: plate };
  },

  answer(rows, context) {
    if (rows.length === 0) {
      return {
        message:
          `Không tìm thấy lỗi vi phạm nào của biển số ${context.query} trong dữ liệu phạt nguội của tỉnh ` +
          `(cập nhật ngày ${showDate(vietnamDay(context.importedAt))}). Dữ liệu chỉ gồm các vi phạm do lực lượng ` +
          'chức năng của tỉnh ghi nhận qua hình ảnh; vi phạm ở tỉnh khác có thể chưa có ở đây.',
        items: [],
      };
    }
    const unpaid = rows.filter((row) => row.status === 'unpaid').length;
    return {
      message:
        `Biển số ${context.query} có ${String(context.total)} lỗi vi phạm` +
        (unpaid > 0
          ? ` (${String(unpaid)} lỗi chưa xử phạt: vui lòng đến nơi giải quyết ghi bên dưới).`
          : ', đã xử phạt xong.'),
      items: [...rows].sort((a, b) => b.violatedAt.localeCompare(a.violatedAt)).map(item),
    };
  },
};
