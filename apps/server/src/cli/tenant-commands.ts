import { chmod, writeFile } from 'node:fs/promises';
import { processEnvironment } from '../config/environment.ts';
import {
  checkBundle,
  createProvince,
  listProvinces,
  readBundleDir,
  type BundleProblem,
  type BundleSource,
  type CreatedProvince,
} from '../modules/onboarding/index.ts';
import { masterKeyProvider } from '../platform/crypto/key-provider.ts';
import { csvText } from '../platform/files/csv-writer.ts';
import { cliContext, CliError, progress, withConnection } from './context.ts';
import { askForProvince } from './tenant-prompts.ts';

export interface TenantCreateOptions {
  bundle?: string;
  check?: boolean;
  passwords?: string;
}

function where(problem: BundleProblem): string {
  if (problem.line !== undefined) return `${problem.file}:${problem.line}`;
  if (problem.pointer !== undefined) return `${problem.file}:${problem.pointer}`;
  return problem.file;
}

/** Every problem of a bundle, one a line, then a failure: nothing was written. */
function refused(name: string, problems: readonly BundleProblem[]): CliError {
  const lines = problems.map((p) => `  ${where(p)}: ${p.message}`);
  return new CliError(
    `${name}: ${problems.length} lỗi / problem(s); chưa ghi gì / nothing was written\n${lines.join('\n')}`,
  );
}

/** Initial passwords go to a file only its owner can read, or are printed once. */
async function handOver(created: CreatedProvince, file: string | undefined): Promise<string> {
  const issued = created.officers.filter((o) => o.password !== undefined);
  if (issued.length === 0) return '';
  if (file) {
    const rows = issued.map((o) => [o.username, o.password]);
    // No byte-order mark: the file is handed to a script or a text editor, not opened in Excel.
    await writeFile(file, csvText(['username', 'password'], rows, { bom: false }), { mode: 0o600 });
    await chmod(file, 0o600);
    return `  mật khẩu ban đầu / initial passwords: ${file} (0600; trao tận tay rồi xoá / hand over, then delete)\n`;
  }
  const table = issued.map((o) => `    ${o.username.padEnd(32)} ${o.password ?? ''}`).join('\n');
  return `  mật khẩu ban đầu, chỉ in một lần / initial passwords, printed once:\n${table}\n`;
}

function summary(created: CreatedProvince, seconds: string): string {
  const { tenant, catalog } = created;
  return (
    `${tenant.slug}: đã tạo ${tenant.name} (mã ${tenant.nationalCode}) trong ${seconds} s — ` +
    `${created.units} đơn vị / units, ${created.officers.length} cán bộ / officers, ` +
    `${catalog?.total ?? 0} thủ tục / procedures\n`
  );
}

/**
 * `motcua tenant create`: from a bundle directory, or from answers to prompts. The bundle is
 * checked whole first; every problem is printed and nothing is written if there is one.
 */
export async function tenantCreateCommand(options: TenantCreateOptions): Promise<void> {
  const started = Date.now();
  let source: BundleSource;
  const readProblems: BundleProblem[] = [];
  if (options.bundle) {
    const read = await readBundleDir(options.bundle);
    source = read.source;
    readProblems.push(...read.problems);
  } else {
    source = await askForProvince();
  }
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    const checked = await checkBundle(
      { database: c.database, env: processEnvironment(), onProgress: progress('kiểm tra thủ tục / checking') },
      source,
    );
    const problems = [...readProblems, ...checked.problems];
    if (problems.length > 0 || !checked.plan) throw refused(source.name, problems);
    if (options.check) {
      process.stdout.write(`${source.name}: hợp lệ / valid — ${checked.plan.tenant.slug} can be created\n`);
      return;
    }
    const created = await createProvince(
      { database: c.database, keyProvider: masterKeyProvider(ctx.config.masterKey), now: () => new Date() },
      checked.plan,
      { source: options.bundle ? 'bundle' : 'interactive', onProgress: progress('công bố / publishing') },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(summary(created, seconds) + (await handOver(created, options.passwords)));
  });
}

/** `motcua tenant list`: the provinces, with their units, officers, procedures and Zalo OA state. */
export async function tenantListCommand(options: { json?: boolean }): Promise<void> {
  const ctx = cliContext();
  await withConnection(ctx, async (c) => {
    const provinces = await listProvinces(c.database);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(provinces, null, 2)}\n`);
      return;
    }
    const head = `${'slug'.padEnd(20)} ${'mã'.padEnd(3)} ${'tên / name'.padEnd(28)} đơn vị  cán bộ  thủ tục  Zalo OA`;
    const rows = provinces.map(
      (p) =>
        `${p.slug.padEnd(20)} ${p.nationalCode.padEnd(3)} ${p.name.padEnd(28)} ${String(p.units).padStart(6)}  ` +
        `${String(p.officers).padStart(6)}  ${String(p.procedures).padStart(7)}  ${p.zalo}`,
    );
    process.stdout.write(`${[head, ...rows].join('\n')}\n`);
  });
}
