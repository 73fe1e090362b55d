import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withSystemTx } from '../platform/db/database.ts';
import { findTenantBySlug } from '../modules/tenants/index.ts';
import { remapUnits, reportCsv, reportText } from '../modules/unit-changes/index.ts';
import { cliContext, CliError, readRecords, withConnection } from './context.ts';

export interface RemapOptions {
  tenant: string;
  dryRun?: boolean;
  report?: string;
}

/**
 * `motcua units remap <mapping> --tenant <slug> [--dry-run] [--report <file>]`: moves the province's
 * open records from old administrative-unit codes to new ones, prints the report and writes it as
 * JSON and CSV (`<file>.json`, `<file>.csv`; by default beside the mapping).
 */
export async function unitsRemapCommand(file: string, options: RemapOptions): Promise<void> {
  const records = await readRecords(file);
  if (records.length === 0) throw new CliError(`${file}: no lines`);
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    const tenant = await withSystemTx(c.database, (tx) => findTenantBySlug(tx, options.tenant));
    if (!tenant) throw new CliError(`no province with slug "${options.tenant}"`);
    const report = await remapUnits({ database: c.database, now: () => new Date() }, tenant, records, {
      source: path.basename(file),
      dryRun: options.dryRun === true,
    });
    const stamp = report.at.replace(/[-:]/g, '').slice(0, 15);
    const base =
      options.report ??
      path.join(
        path.dirname(file),
        `${path.basename(file).replace(/\.[^.]+$/, '')}.${report.dryRun ? 'dry-run' : 'report'}-${stamp}`,
      );
    await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(`${base}.csv`, reportCsv(report));
    process.stdout.write(`${reportText(report)}  báo cáo / report: ${base}.json, ${base}.csv\n`);
  });
}
