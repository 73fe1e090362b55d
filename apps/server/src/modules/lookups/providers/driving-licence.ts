import type { LookupItem } from '@motcua/contracts';
import { maskName } from '../../applications/index.ts';
import type { LookupProvider } from '../domain/provider.ts';
import { cleanText, foldKey, parseDate, showDate, vietnamDay } from '../domain/values.ts';

type LicenceStatus = 'valid' | 'expired' | 'revoked' | 'suspended';

/** A driving licence (giấy phép lái xe) as the province's data knows it. */
export type DrivingLicenceRow = {
  /** 12 digits. */
  number: string;
  /**
   * The holder's name, masked at import (`Nguyễn V** A*`): the look-up needs no more, so no more is
   * kept (Luật Bảo vệ dữ liệu cá nhân 91/2025, data minimisation).
   */
  holder: string;
  /** E.g. `A1, B`. */
  classes: string;
  issuedOn: string;
  /** Absent for classes without a term (A1, A, B1 under Luật TTATGTĐB 2024). */
  expiresOn: string | null;
  status: LicenceStatus;
  /** Points left of 12 (Luật TTATGTĐB 2024, Điều 58), when the data has them. */
  points: number | null;
};

/** Classes of Luật TTATGTĐB 2024 (Điều 57) and those still valid from before 2025. */
const CLASSES = new Set('A1 A B1 B C1 C D1 D2 D BE C1E CE D1E D2E DE A2 A3 A4 B2 E FB2 FC FD FE'.split(' '));

const STATUS_WORDS: Record<string, LicenceStatus> = {
  'con han': 'valid',
  valid: 'valid',
  'het han': 'expired',
  expired: 'expired',
  'bi thu hoi': 'revoked',
  'thu hoi': 'revoked',
  revoked: 'revoked',
  'tam giu': 'suspended',
  'bi tam giu': 'suspended',
  suspended: 'suspended',
};

const STATUS_LABEL: Record<LicenceStatus, string> = {
  valid: 'Còn hạn',
  expired: 'Hết hạn',
  revoked: 'Bị thu hồi',
  suspended: 'Tạm giữ',
};

/** A licence said to be valid whose term ended is expired. */
function statusOn(row: DrivingLicenceRow, today: string): LicenceStatus {
  return row.status === 'valid' && row.expiresOn !== null && row.expiresOn < today ? 'expired' : row.status;
}

function item(row: DrivingLicenceRow, today: string): LookupItem {
  return {
    heading: `Giấy phép lái xe số ${row.number}`,
    fields: [
      { key: 'holder', label: 'Người được cấp', value: row.holder },
      { key: 'classes', label: 'Hạng', value: row.classes },
      { key: 'issuedOn', label: 'Ngày cấp', value: showDate(row.issuedOn) },
      {
        key: 'expiresOn',
        label: 'Có giá trị đến',
        value: row.expiresOn === null ? 'Không thời hạn' : showDate(row.expiresOn),
      },
      { key: 'status', label: 'Tình trạng', value: STATUS_LABEL[statusOn(row, today)] },
      ...(row.points === null ? [] : [{ key: 'points', label: 'Điểm còn lại', value: `${String(row.points)}/12` }]),
    ],
  };
}

function licenceNumber(text: string): string | undefined {
  const digits = text.replace(/[\s.-]/g, '');
  return /^\d{12}$/.test(digits) ? digits : undefined;
}

function classesOf(text: string): string | undefined {
  const classes = text
    .toUpperCase()
    .split(/[,;\s]+/)
    .filter((c) => c !== '');
  return classes.length > 0 && classes.every((c) => CLASSES.has(c)) ? [...new Set(classes)].join(', ') : undefined;
}

function pointsOf(text: string): number | null | undefined {
  if (text === '') return null;
  const points = Number(text);
  return Number.isInteger(points) && points >= 0 && points <= 12 ? points : undefined;
}

/** Giấy phép lái xe: a licence's classes, dates, status and points, by its 12-digit number; the name masked. */
export const drivingLicence: LookupProvider<DrivingLicenceRow> = {
  kind: 'driving-licence',
  title: 'Giấy phép lái xe',
  titleEn: 'Driving licence status',
  queryLabel: 'Số giấy phép lái xe (12 chữ số)',
  example: '012345678901',
  columns: {
    required: ['licence_number', 'holder_name', 'classes', 'issued_on', 'status'],
    optional: ['expires_on', 'points'],
  },
  match: 'equals',

  parseQuery(raw) {
    const number = licenceNumber(raw.normalize('NFC'));
    if (number === undefined) {
      return { ok: false, message: 'Số giấy phép lái xe gồm 12 chữ số in trên giấy phép (ví dụ 012345678901).' };
    }
    return { ok: true, key: number, display: number };
  },

  parseRow(cells) {
    const problems: string[] = [];
    const number = licenceNumber(cells['licence_number'] ?? '');
    if (number === undefined) problems.push(`số giấy phép "${cells['licence_number'] ?? ''}" phải gồm 12 chữ số`);
    const name = cleanText(cells['holder_name'] ?? '');
    if (name === '') problems.push('thiếu họ tên người được cấp (holder_name)');
    const classes = classesOf(cells['classes'] ?? '');
    if (classes === undefined) problems.push(`hạng "${cells['classes'] ?? ''}" không đúng (ví dụ "A1, B")`);
    const issuedOn = parseDate(cells['issued_on'] ?? '');
    if (issuedOn === undefined) problems.push(`ngày cấp "${cells['issued_on'] ?? ''}" không đúng dạng dd/MM/yyyy`);
    const expiresCell = cells['expires_on'] ?? '';
    const expiresOn = expiresCell === '' ? null : parseDate(expiresCell);
    if (expiresOn === undefined) problems.push(`ngày hết hạn "${expiresCell}" không đúng dạng dd/MM/yyyy`);
    if (issuedOn && expiresOn && expiresOn <= issuedOn) problems.push('ngày hết hạn phải sau ngày cấp');
    const status = STATUS_WORDS[foldKey(cells['status'] ?? '')];
    if (status === undefined) {
      problems.push(`tình trạng "${cells['status'] ?? ''}" phải là còn hạn, hết hạn, bị thu hồi hoặc tạm giữ`);
    }
    const points = pointsOf(cells['points'] ?? '');
    if (points === undefined) problems.push(`điểm "${cells['points'] ?? ''}" phải là số nguyên từ 0 đến 12`);
    if (
      problems.length > 0 ||
      number === undefined ||
      classes === undefined ||
      issuedOn === undefined ||
      expiresOn === undefined ||
      status === undefined ||
      points === undefined
    ) {
      return { ok: false, problems };
    }
    const row: DrivingLicenceRow = { number, holder: maskName(name), classes, issuedOn, expiresOn, status, points };
    return { ok: true, row, key: number, identity: number };
  },

  answer(rows, context) {
    const today = vietnamDay(context.now);
    const [first] = rows;
    if (!first) {
      return {
        message:
          `Không tìm thấy giấy phép lái xe số ${context.query} trong dữ liệu của tỉnh. ` +
          'Vui lòng kiểm tra lại 12 chữ số in trên giấy phép, hoặc tra cứu trên ứng dụng VNeID.',
        items: [],
      };
    }
    return {
      message: `Giấy phép lái xe số ${context.query}: ${STATUS_LABEL[statusOn(first, today)]}.`,
      items: rows.map((row) => item(row, today)),
    };
  },
};
