import type { LookupProvider, StoredRow } from './provider.ts';

/** One CSV record: its line in the file and its cells in order. */
export interface CsvRecord {
  line: number;
  cells: readonly string[];
}

/** What is wrong with one line of the file (1-based). */
export interface RowProblem {
  line: number;
  message: string;
}

export interface CheckedRow {
  line: number;
  key: string;
  row: StoredRow;
}

/**
 * Checks a whole file against a provider before anything is written: the header must name every
 * required column (known columns only), and every row must parse. All problems come back at once,
 * each with its line, so one round of fixes is enough.
 */
export function checkRows(
  provider: LookupProvider,
  records: readonly CsvRecord[],
): { ok: true; rows: CheckedRow[] } | { ok: false; problems: RowProblem[] } {
  const [header, ...body] = records;
  if (!header)
    return { ok: false, problems: [{ line: 1, message: 'Tệp trống: cần dòng tiêu đề và các dòng dữ liệu.' }] };
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const known = new Set([...provider.columns.required, ...provider.columns.optional]);
  const missing = provider.columns.required.filter((column) => !columns.includes(column));
  const unknown = columns.filter((column) => !known.has(column));
  const headerProblems = [
    ...(missing.length > 0 ? [`thiếu cột: ${missing.join(', ')}`] : []),
    ...(unknown.length > 0 ? [`cột không dùng được: ${unknown.join(', ')}`] : []),
  ];
  if (headerProblems.length > 0) {
    const expected = [...provider.columns.required, ...provider.columns.optional].join(',');
    return {
      ok: false,
      problems: [{ line: header.line, message: `Dòng tiêu đề ${headerProblems.join('; ')}. Cần: ${expected}` }],
    };
  }
  if (body.length === 0)
    return { ok: false, problems: [{ line: header.line, message: 'Tệp không có dòng dữ liệu nào.' }] };
  const problems: RowProblem[] = [];
  const rows: CheckedRow[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    if (record.cells.length !== columns.length) {
      problems.push({
        line: record.line,
        message: `có ${String(record.cells.length)} cột, dòng tiêu đề có ${String(columns.length)}`,
      });
      continue;
    }
    const cells: Record<string, string> = Object.fromEntries(provider.columns.optional.map((c) => [c, '']));
    columns.forEach((column, index) => {
      cells[column] = (record.cells[index] ?? '').trim();
    });
    const checked = provider.parseRow(cells);
    if (!checked.ok) {
      problems.push({ line: record.line, message: checked.problems.join('; ') });
      continue;
    }
    if (checked.identity !== undefined) {
      const first = seen.get(checked.identity);
      if (first !== undefined) {
        problems.push({ line: record.line, message: `trùng với dòng ${String(first)}` });
        continue;
      }
      seen.set(checked.identity, record.line);
    }
    rows.push({ line: record.line, key: checked.key, row: checked.row });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
