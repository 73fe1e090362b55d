import { csvText } from '../../platform/files/csv-writer.ts';
import type { RemapReport } from './domain/report.ts';

const COLUMNS = [
  'line',
  'oldCode',
  'newCode',
  'kind',
  'status',
  'reason',
  'dossiers',
  'closedDossiers',
  'followers',
  'broadcasts',
  'units',
  'province',
] as const;

/** The report's lines as CSV, one row per mapping line, for a spreadsheet. */
export function reportCsv(report: RemapReport): string {
  return csvText(
    COLUMNS,
    report.lines.map((l) => COLUMNS.map((c) => l[c])),
  );
}

/** A short summary for the terminal (Vietnamese, then English). */
export function reportText(report: RemapReport): string {
  const t = report.totals;
  const applied = report.lines.filter((l) => l.status === 'applied').length;
  const out = [
    `${report.tenant}: ${report.dryRun ? 'CHẠY THỬ, không ghi gì / DRY RUN, nothing written' : 'đã chuyển mã / codes moved'} — ${applied}/${report.lines.length} dòng áp dụng / lines applied`,
    `  hồ sơ đang mở / open dossiers: ${t.dossiers}; hồ sơ đã đóng giữ nguyên / closed dossiers left as they were: ${t.closedDossiers}`,
    `  người quan tâm OA / OA followers: ${t.followers}; thông báo đã lên lịch / scheduled broadcasts: ${t.broadcasts}; đơn vị / units: ${t.units}; mã tỉnh / province code: ${t.province}`,
  ];
  for (const l of report.lines.filter((x) => x.status !== 'applied')) {
    out.push(`  dòng / line ${l.line}: ${l.oldCode} → ${l.newCode}: ${l.status}${l.reason ? ` (${l.reason})` : ''}`);
  }
  if (report.unknownCodes.length > 0) {
    out.push(
      `  mã không có trong danh mục / codes not among the units: ${report.unknownCodes.map((u) => `${u.code} (dòng ${u.line}, ${u.role})`).join(', ')}`,
    );
  }
  if (report.provinceConflict)
    out.push(
      `  mã tỉnh giữ nguyên: đã thuộc ${report.provinceConflict} / province code kept: held by ${report.provinceConflict}`,
    );
  if (report.unknownCodesInUse.length > 0) {
    out.push(
      `  mã đang dùng nhưng không còn trong danh mục / codes in use that are no units: ${report.unknownCodesInUse.join(', ')}`,
    );
  }
  return `${out.join('\n')}\n`;
}
