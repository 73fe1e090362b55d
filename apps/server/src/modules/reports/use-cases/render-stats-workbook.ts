import type { ConsoleStats } from '@motcua/contracts';
import type { Workbook, Worksheet } from 'exceljs';
import { formatDay, formatLocalTime } from '../domain/period.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  counter: 'Trực tiếp',
  online: 'Trực tuyến',
  zalo: 'Zalo',
  postal: 'Bưu chính công ích',
};

export interface WorkbookTitle {
  provinceName: string;
  /** The one unit the figures are limited to, if any. */
  unitName: string | null;
}

type Cell = string | number | Date | null;

let library: Promise<{ Workbook: new () => Workbook }> | undefined;

/**
 * The Excel library is large and slow to load, so it is loaded on the first export rather than at
 * start-up. Imported from ESM, the CommonJS package is its `default` export.
 */
async function newWorkbook(): Promise<Workbook> {
  library ??= import('exceljs').then((mod) => mod.default);
  return new (await library).Workbook();
}

/** A local day as an Excel date (a day has no time zone in a spreadsheet), shown dd/MM/yyyy. */
function excelDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function addTable(sheet: Worksheet, header: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const head = sheet.addRow([...header]);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of rows) sheet.addRow([...row]);
  header.forEach((_, i) => {
    sheet.getColumn(i + 1).width = i === 0 ? 48 : 18;
  });
}

function summarySheet(book: Workbook, stats: ConsoleStats, title: WorkbookTitle): void {
  const sheet = book.addWorksheet('Tổng hợp');
  sheet.addRow(['BÁO CÁO TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH']).font = { bold: true, size: 13 };
  sheet.addRow([title.provinceName]);
  if (title.unitName) sheet.addRow(['Đơn vị', title.unitName]);
  sheet.addRow(['Từ ngày', excelDate(stats.period.from)]).getCell(2).numFmt = 'dd/mm/yyyy';
  sheet.addRow(['Đến ngày', excelDate(stats.period.to)]).getCell(2).numFmt = 'dd/mm/yyyy';
  sheet.addRow(['Hồ sơ đang giải quyết tính đến', formatLocalTime(new Date(stats.period.asOf))]);
  sheet.addRow([]);
  addTable(
    sheet,
    ['Chỉ tiêu', 'Số hồ sơ'],
    [
      ['Tiếp nhận trong kỳ', stats.received],
      ['Đã giải quyết trong kỳ', stats.completed],
      ['– Đúng hạn', stats.onTime],
      ['– Quá hạn', stats.late],
      ['Đang giải quyết', stats.inProgress],
      ['– Trong đó đã quá hạn', stats.overdue],
    ],
  );
}

/**
 * The dashboard's figures as an Excel workbook: one sheet per view, Vietnamese sheet names and
 * headers, dates as dd/MM/yyyy. Numbers are cells, not text, so they can be summed.
 */
export async function renderStatsWorkbook(stats: ConsoleStats, title: WorkbookTitle): Promise<Buffer> {
  const book = await newWorkbook();
  book.creator = 'Một Cửa';
  summarySheet(book, stats, title);
  addTable(
    book.addWorksheet('Theo đơn vị'),
    ['Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Đang quá hạn'],
    stats.byUnit.map((u) => [u.unitName, u.received, u.completed, u.onTime, u.overdue]),
  );
  addTable(
    book.addWorksheet('Theo thủ tục'),
    ['Tên thủ tục', 'Mã thủ tục', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn'],
    stats.byProcedure.map((p) => [p.name, p.code, p.received, p.completed, p.onTime]),
  );
  addTable(
    book.addWorksheet('Theo kênh nộp'),
    ['Kênh nộp', 'Tiếp nhận'],
    stats.byChannel.map((c) => [CHANNEL_LABELS[c.channel] ?? c.channel, c.received]),
  );
  const s = stats.satisfaction;
  addTable(
    book.addWorksheet('Mức độ hài lòng'),
    ['Mức đánh giá', 'Số lượt'],
    [
      ['Rất hài lòng', s.very_satisfied],
      ['Hài lòng', s.satisfied],
      ['Không hài lòng', s.unsatisfied],
      ['Tỷ lệ hài lòng (%)', s.rate],
    ],
  );
  addTable(
    book.addWorksheet('Chỉ số'),
    ['Chỉ số', 'Giá trị', 'Đơn vị tính'],
    stats.indicators.map((i) => [i.label, i.value, i.unit]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** `bao-cao-01-03-2026-den-31-03-2026.xlsx` */
export function workbookFileName(stats: ConsoleStats): string {
  const day = (d: string): string => formatDay(d).replaceAll('/', '-');
  return `bao-cao-${day(stats.period.from)}-den-${day(stats.period.to)}.xlsx`;
}
