import path from 'node:path';
import { AppError, ImportRejectedError, ValidationError } from '../platform/errors.ts';
import { addSynonym, generateSyntheticCatalog, importCatalog } from '../modules/catalog/index.ts';
import { findTenantBySlug, importAdminUnits } from '../modules/tenants/index.ts';
import { withSystemTx } from '../platform/db/database.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { verifyAudit } from '../modules/identity/index.ts';
import { importLookupDataset } from '../modules/lookups/index.ts';
import { masterKeyProvider } from '../platform/crypto/key-provider.ts';
import { startSystem, type Role } from '../system.ts';
import { readCatalog } from './catalog-file.ts';
import { cliContext, CliError, progress, readRecords, readTextFile, rejected, withConnection } from './context.ts';

export async function startCommand(options: { role: Role }): Promise<void> {
  const started = Date.now();
  const ctx = cliContext();
  const system = await startSystem(ctx.config, options.role, ctx.logger);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    `Một Cửa is running (${options.role}, ${ctx.config.mode} mode, ready in ${seconds} s)`,
    ...Object.entries({
      'Citizen app / Ứng dụng công dân': system.urls['citizen'],
      'Officers console / Cán bộ': system.urls['console'],
      'API reference': system.urls['api'],
      'Zalo simulator': system.urls['zaloSim'],
    })
      .filter(([, url]) => url)
      .map(([label, url]) => `  ${label.padEnd(34)} ${url}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const shutdown = (): void => {
    system.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

export async function migrateCommand(): Promise<void> {
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    process.stdout.write(`migrations applied (${c.kind} database)\n`);
  });
}

export async function seedDemoCommand(): Promise<void> {
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    const result = await seedDemo(c.database, masterKeyProvider(ctx.config.masterKey));
    process.stdout.write(
      `demo province ${result.tenant.slug}: ${result.catalog.total} procedures (${result.catalog.published} newly published)\n`,
    );
  });
}

export async function catalogImportCommand(file: string, options: { tenant: string; by: string }): Promise<void> {
  const { records, readProblems } = await readCatalog(file);
  if (records.length === 0) throw new CliError(`${file}: no records`);
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    const tenant = await withSystemTx(c.database, (tx) => findTenantBySlug(tx, options.tenant));
    if (!tenant) throw new CliError(`no province with slug "${options.tenant}" (create it first)`);
    try {
      const summary = await importCatalog(c.database, tenant.id, records, {
        publishedBy: options.by,
        readProblems,
        onChecked: progress('checking'),
        onProgress: progress('publishing'),
      });
      process.stdout.write(
        `${file}: ${summary.total} procedures, ${summary.published} new version(s), ${summary.unchanged} unchanged\n`,
      );
    } catch (error) {
      if (error instanceof ImportRejectedError) throw rejected(file, error);
      throw error;
    }
  });
}

export async function unitsImportCommand(file: string): Promise<void> {
  const records = await readRecords(file);
  if (records.length === 0) throw new CliError(`${file}: no records`);
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    try {
      const summary = await importAdminUnits(c.database, records, progress('units'));
      process.stdout.write(`${file}: ${summary.provinces} provinces, ${summary.communes} communes\n`);
    } catch (error) {
      if (error instanceof ImportRejectedError) throw rejected(file, error);
      throw error;
    }
  });
}

export async function synonymAddCommand(term: string, expansion: string, options: { tenant: string }): Promise<void> {
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    const tenant = await withSystemTx(c.database, (tx) => findTenantBySlug(tx, options.tenant));
    if (!tenant) throw new CliError(`no province with slug "${options.tenant}"`);
    try {
      await addSynonym(c.database, tenant.id, { term, expansion });
    } catch (error) {
      if (error instanceof ValidationError) {
        throw new CliError(`invalid synonym: ${error.errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`);
      }
      throw error;
    }
    process.stdout.write(`${options.tenant}: "${term}" now also searches for "${expansion}"\n`);
  });
}

export function syntheticCommand(options: { count: number; seed: number }): void {
  for (const definition of generateSyntheticCatalog({ count: options.count, seed: options.seed })) {
    process.stdout.write(`${JSON.stringify(definition)}\n`);
  }
}

export async function auditVerifyCommand(options: { tenant: string }): Promise<void> {
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    const tenant = await withSystemTx(c.database, (tx) => findTenantBySlug(tx, options.tenant));
    if (!tenant) throw new CliError(`no province with slug "${options.tenant}"`);
    const check = await verifyAudit(c.database, tenant.id);
    if (!check.ok) {
      throw new CliError(`${options.tenant}: audit chain BROKEN at entry ${check.brokenAt ?? '?'} (of ${check.rows})`);
    }
    process.stdout.write(`${options.tenant}: audit chain intact (${check.rows} entries)\n`);
  });
}

export async function lookupsImportCommand(
  kind: string,
  file: string,
  options: { tenant: string; sample: boolean; source?: string; by: string },
): Promise<void> {
  const csv = await readTextFile(file);
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    const tenant = await withSystemTx(c.database, (tx) => findTenantBySlug(tx, options.tenant));
    if (!tenant) throw new CliError(`no province with slug "${options.tenant}"`);
    try {
      const dataset = await importLookupDataset({ database: c.database, now: () => new Date() }, tenant.id, kind, {
        csv,
        source: options.source ?? path.basename(file),
        sample: options.sample,
        by: { system: `cli:${options.by}` },
      });
      const flag = dataset.sample ? ' (sample data)' : '';
      process.stdout.write(`${options.tenant}: ${kind} replaced with ${String(dataset.rowCount)} rows${flag}\n`);
    } catch (error) {
      if (error instanceof ImportRejectedError) throw rejected(file, error);
      if (error instanceof AppError && error.code === 'LOOKUP.KIND_NOT_FOUND') {
        throw new CliError(`unknown kind "${kind}": use land-price, traffic-fines or driving-licence`);
      }
      throw error;
    }
  });
}
