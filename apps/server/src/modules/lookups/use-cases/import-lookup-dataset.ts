import type { LookupDataset } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx } from '../../../platform/db/database.ts';
import { ImportRejectedError } from '../../../platform/errors.ts';
import { CsvFileError, readCsvRecords, type CsvRecord } from '../../../platform/files/csv-records.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import { checkRows, type RowProblem } from '../domain/check-rows.ts';
import { LookupKindNotFoundError } from '../lookups.errors.ts';
import * as repo from '../lookups.repo.ts';
import { allProviders, providerOf } from '../providers/registry.ts';
import type { LookupDeps } from './look-up.ts';

const NOT_UTF8 =
  'Tệp không phải văn bản UTF-8 (có thể là mã TCVN3/VNI hoặc tệp Excel). Trong Excel chọn Lưu thành › "CSV UTF-8" rồi nhập lại.';

/** The file's records, or why it cannot be read, in the words the province admin reads. */
function readCsv(text: string): { ok: true; records: CsvRecord[] } | { ok: false; problems: RowProblem[] } {
  try {
    return { ok: true, records: readCsvRecords(text) };
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    const message = error.reason === 'not_utf8' ? NOT_UTF8 : `Tệp CSV không đọc được: ${error.detail}`;
    return { ok: false, problems: [{ line: error.line, message }] };
  }
}

export interface ImportInput {
  /** The CSV file's text. */
  csv: string;
  /** What the data is (a file name, a decision number); shown with the dataset. */
  source: string;
  sample: boolean;
  /** An officer (console upload) or the system (`cli:<name>`, `seed:demo`). */
  by: { officerId: string; username: string } | { system: string };
  idempotencyKey?: string;
}

/**
 * Replaces the province's dataset of one look-up kind with a CSV file. Every row is checked first;
 * a file with any bad row imports nothing and every problem is reported with its line
 * (`ImportRejectedError`, code `LOOKUP.IMPORT_INVALID`). A good file replaces the dataset in one
 * transaction, recording source, time, importer, row count and the sample flag, and the audit log.
 */
export async function importLookupDataset(
  deps: LookupDeps,
  tenantId: string,
  kind: string,
  input: ImportInput,
): Promise<LookupDataset> {
  const provider = providerOf(kind);
  if (!provider) throw new LookupKindNotFoundError(kind);
  const read = readCsv(input.csv);
  const checked = read.ok ? checkRows(provider, read.records) : read;
  if (!checked.ok) throw new ImportRejectedError('LOOKUP.IMPORT_INVALID', provider.title, checked.problems);
  const now = deps.now();
  const importedBy = 'system' in input.by ? input.by.system : input.by.username;
  const request = { kind, source: input.source, sample: input.sample, csv: input.csv };
  const stored = await withTx(deps.database, tenantId, (tx) =>
    idempotent(tx, tenantId, 'lookup.import', input.idempotencyKey, request, async () => {
      const dataset = await repo.replaceDataset(
        tx,
        tenantId,
        provider.kind,
        { source: input.source.normalize('NFC').trim(), sample: input.sample, importedBy, importedAt: now },
        checked.rows,
      );
      await appendAudit(
        tx,
        tenantId,
        {
          actorType: 'system' in input.by ? 'system' : 'officer',
          actorId: 'system' in input.by ? null : input.by.officerId,
          action: 'lookup.import',
          subjectType: 'lookup_dataset',
          subjectId: provider.kind,
          detail: { rows: dataset.rowCount, sample: dataset.sample },
        },
        now,
      );
      return { status: 201, body: { ...dataset, importedAt: dataset.importedAt.toISOString() } };
    }),
  );
  return stored.body;
}

/** The datasets of the province, one entry per kind, with the columns each import expects. */
export async function listLookupDatasets(deps: LookupDeps, tenantId: string) {
  const datasets = await withTx(deps.database, tenantId, (tx) => repo.listDatasets(tx, tenantId));
  const byKind = new Map(datasets.map((d) => [d.kind, d]));
  return allProviders().map((provider) => {
    const dataset = byKind.get(provider.kind);
    return {
      kind: provider.kind,
      title: provider.title,
      columns: { required: [...provider.columns.required], optional: [...provider.columns.optional] },
      ...(dataset ? { dataset: { ...dataset, importedAt: dataset.importedAt.toISOString() } } : {}),
    };
  });
}
