import { createHash } from 'node:crypto';
import type { PutZaloChannelBody } from '@motcua/contracts';
import { Value } from '@sinclair/typebox/value';
import { parseMailFrom, parseSmtpUrl } from '../../../config/smtp-env.ts';
import { withSystemTx, type Database } from '../../../platform/db/database.ts';
import type { FieldError, RowProblem } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { prepareCatalog, type PreparedCatalog } from '../../catalog/index.ts';
import { officerImportProblems } from '../../identity/index.ts';
import {
  Branding,
  type CalendarInput,
  calendarInputProblems,
  checkAdminUnits,
  findAdminUnits,
  listTenants,
  settingProblems,
  tenantInputProblems,
  validateUnits,
  type AdminUnitRow,
  type Messaging,
  type SourcedUnit,
  type Tenant,
} from '../../tenants/index.ts';
import type { BundleSource, CsvFile } from '../bundle-files.ts';
import {
  headerProblems,
  invalid,
  logoType,
  OFFICER_COLUMNS,
  officerFromRow,
  UNIT_COLUMNS,
  unitFromRow,
  type BundleProblem,
  type OfficerRow,
} from '../domain/bundle-rows.ts';
import { ChannelsFile, channelsProblems, logoProblems, schemaProblems, TenantFile } from '../domain/bundle-settings.ts';

/** A checked bundle: everything a province's creation writes, in the shapes the modules take. */
export interface ProvincePlan {
  tenant: Tenant;
  adminUnits: AdminUnitRow[];
  units: SourcedUnit[];
  officers: OfficerRow[];
  calendar: CalendarInput | undefined;
  branding: Branding | undefined;
  messaging: Messaging | undefined;
  /** The Zalo OA with its secrets read from the environment; never logged. */
  zalo: PutZaloChannelBody | undefined;
  catalog: PreparedCatalog | undefined;
}

export interface CheckBundleDeps {
  database: Database;
  /** The environment the bundle's secret references are read from. */
  env: Readonly<Record<string, string | undefined>>;
  onProgress?: (done: number, total: number) => void;
}

function rowProblems(file: string, problems: readonly RowProblem[]): BundleProblem[] {
  return problems.map((p) => ({
    file,
    line: p.line,
    message: p.message.includes(' — ') ? p.message : invalid(p.message),
  }));
}

function fieldProblems(file: string, line: number, problems: readonly FieldError[]): BundleProblem[] {
  return problems.map((p) => ({ file, line, message: invalid(`${p.pointer}: ${p.message}`) }));
}

function checkTenant(
  source: BundleSource,
  problems: BundleProblem[],
): { file: TenantFile; branding: Branding | undefined } | undefined {
  if (!source.tenant) {
    if (source.unreadable.includes('tenant.json')) return undefined;
    problems.push({ file: 'tenant.json', message: 'thiếu tệp tenant.json — tenant.json is missing' });
    return undefined;
  }
  const { file, value } = source.tenant;
  if (!Value.Check(TenantFile, value)) {
    problems.push(...schemaProblems(file, TenantFile, value));
    return undefined;
  }
  const base = { slug: value.slug, name: value.name, nationalCode: value.nationalCode };
  problems.push(...tenantInputProblems(base).map((p) => ({ file, pointer: p.pointer, message: invalid(p.message) })));
  if (!value.branding) return { file: value, branding: undefined };
  const logo = source.logo;
  if (logo) problems.push(...logoProblems(logo.file, logo.bytes).map((p) => ({ ...p, file })));
  const branding = {
    displayName: value.branding.displayName,
    colors: value.branding.colors,
    ...(logo
      ? {
          logo: {
            contentType: logoType(logo.bytes) ?? 'image/png',
            base64: logo.bytes.toString('base64'),
            sha256: createHash('sha256').update(logo.bytes).digest('hex'),
          },
        }
      : {}),
  };
  const brandingProblems = settingProblems(Branding, branding).filter((p) => !p.pointer.startsWith('/logo'));
  problems.push(
    ...brandingProblems.map((p) => ({ file, pointer: `/branding${p.pointer}`, message: invalid(p.message) })),
  );
  return { file: value, branding: Value.Check(Branding, branding) ? branding : undefined };
}

async function checkProvinceCode(
  deps: CheckBundleDeps,
  tenant: TenantFile,
  adminUnits: readonly AdminUnitRow[],
  unitCodes: readonly string[],
  problems: BundleProblem[],
): Promise<void> {
  const known = await withSystemTx(deps.database, async (tx) => ({
    tenants: await listTenants(tx),
    units: await findAdminUnits(tx, [tenant.nationalCode, ...unitCodes]),
  }));
  for (const row of adminUnits) known.units.set(row.code, { kind: row.kind, provinceCode: row.provinceCode ?? null });
  if (known.tenants.some((t) => t.slug === tenant.slug)) {
    problems.push({
      file: 'tenant.json',
      pointer: '/slug',
      message: `tỉnh "${tenant.slug}" đã có — a province with slug "${tenant.slug}" already exists`,
    });
  }
  const holder = known.tenants.find((t) => t.nationalCode === tenant.nationalCode && t.slug !== tenant.slug);
  if (holder) {
    problems.push({
      file: 'tenant.json',
      pointer: '/nationalCode',
      message: `mã tỉnh ${tenant.nationalCode} đã thuộc "${holder.slug}" — province code ${tenant.nationalCode} belongs to "${holder.slug}"`,
    });
  }
  if (known.units.get(tenant.nationalCode)?.kind !== 'province') {
    problems.push({
      file: 'tenant.json',
      pointer: '/nationalCode',
      message: `mã tỉnh ${tenant.nationalCode} không có trong danh mục đơn vị hành chính (chạy motcua units import hoặc thêm admin-units.json) — province ${tenant.nationalCode} is not among the administrative units`,
    });
  }
  return checkAreaCodes(tenant.nationalCode, unitCodes, known.units, problems);
}

function checkAreaCodes(
  province: string,
  codes: readonly string[],
  known: ReadonlyMap<string, { provinceCode: string | null }>,
  problems: BundleProblem[],
): void {
  for (const code of new Set(codes)) {
    const unit = known.get(code);
    const inProvince = code === province || unit?.provinceCode === province;
    if (!unit || !inProvince) {
      problems.push({
        file: 'units.csv',
        message: `admin_unit_code ${code} không thuộc tỉnh ${province} — area code ${code} is not a unit of province ${province}`,
      });
    }
  }
}

interface UnitRow extends SourcedUnit {
  value: Record<string, string>;
}

function checkUnits(units: CsvFile | undefined, unreadable: readonly string[], problems: BundleProblem[]): UnitRow[] {
  if (!units) {
    if (!unreadable.includes('units.csv')) {
      problems.push({ file: 'units.csv', message: 'thiếu tệp units.csv — units.csv is missing' });
    }
    return [];
  }
  problems.push(...headerProblems(units.file, units.header, UNIT_COLUMNS, ['eid', 'kind', 'name']));
  const rows = units.rows.map((r) => ({ line: r.line, value: unitFromRow(r.value) }));
  if (rows.length === 0) problems.push({ file: units.file, message: 'chưa có đơn vị nào — no units' });
  problems.push(...rowProblems(units.file, validateUnits(rows, new Set()).problems));
  return rows;
}

function checkOfficers(
  officers: CsvFile | undefined,
  unitEids: ReadonlySet<string>,
  unreadable: readonly string[],
  problems: BundleProblem[],
): OfficerRow[] {
  if (!officers) {
    if (!unreadable.includes('officers.csv')) {
      problems.push({ file: 'officers.csv', message: 'thiếu tệp officers.csv — officers.csv is missing' });
    }
    return [];
  }
  const { file } = officers;
  problems.push(
    ...headerProblems(file, officers.header, OFFICER_COLUMNS, ['username', 'full_name', 'unit_eid', 'roles']),
  );
  const seen = new Map<string, number>();
  const rows = officers.rows.map((row) => {
    const { officer, problems: found } = officerFromRow(row.value);
    problems.push(...found.map((message) => ({ file, line: row.line, message })));
    problems.push(...fieldProblems(file, row.line, officerImportProblems(officer, officer.passwordHash, unitEids)));
    const key = officer.username.toLowerCase();
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push({
        file,
        line: row.line,
        message: `tên đăng nhập trùng dòng ${before} — username repeats line ${before}`,
      });
    }
    seen.set(key, row.line);
    return officer;
  });
  if (!rows.some((o) => o.roles.some((g) => g.role === 'admin'))) {
    problems.push({
      file,
      message: 'cần ít nhất một cán bộ quản trị (admin) — at least one officer needs the admin role',
    });
  }
  return rows;
}

function zaloBody(channels: ChannelsFile, env: CheckBundleDeps['env']): PutZaloChannelBody | undefined {
  const zalo = channels.zalo;
  if (!zalo) return undefined;
  return {
    oaId: zalo.oaId,
    appId: zalo.appId,
    appSecret: env[zalo.appSecretEnv] ?? '',
    oaSecretKey: env[zalo.oaSecretKeyEnv] ?? '',
    ...(zalo.znsTemplates ? { znsTemplates: zalo.znsTemplates } : {}),
  };
}

/**
 * The e-mail sender checked as `MOTCUA_MAIL_FROM` is, and the province's own SMTP URL (when its
 * variable is set) as `MOTCUA_SMTP_URL` is — by the same rules the e-mail channel applies at send time.
 */
function senderProblems(file: string, value: unknown, env: CheckBundleDeps['env']): BundleProblem[] {
  if (!Value.Check(ChannelsFile, value) || !value.email) return [];
  const problems: BundleProblem[] = [];
  const from = parseMailFrom(value.email.from);
  if (!from.ok) problems.push({ file, pointer: '/email/from', message: invalid(from.problem) });
  const name = value.email.secretEnv;
  const url = name === undefined ? undefined : env[name];
  const relay = url ? parseSmtpUrl(url) : undefined;
  if (name !== undefined && relay && !relay.ok) {
    problems.push({
      file,
      pointer: '/email/secretEnv',
      message: `biến môi trường ${name} không chứa URL SMTP hợp lệ — environment variable ${name} does not hold an SMTP URL: ${relay.problem}`,
    });
  }
  return problems;
}

function checkCatalog(
  source: BundleSource,
  unitEids: ReadonlySet<string>,
  problems: BundleProblem[],
  onProgress: CheckBundleDeps['onProgress'],
): PreparedCatalog | undefined {
  const catalog = source.catalog;
  if (!catalog) return undefined;
  problems.push(...catalog.readProblems);
  const prepared = prepareCatalog(catalog.records, unitEids, onProgress);
  problems.push(...rowProblems(catalog.file, prepared.problems));
  return prepared;
}

/**
 * Checks a whole province bundle and reports every problem at once, each with its file and line
 * or JSON pointer: nothing is written. Reads the database only to see which provinces and
 * administrative units exist.
 */
export async function checkBundle(
  deps: CheckBundleDeps,
  source: BundleSource,
): Promise<{ plan: ProvincePlan | undefined; problems: BundleProblem[] }> {
  const problems: BundleProblem[] = [];
  const tenantFile = checkTenant(source, problems);
  const adminUnits = source.adminUnits ? checkAdminUnits(source.adminUnits.records) : { rows: [], problems: [] };
  if (source.adminUnits) problems.push(...rowProblems(source.adminUnits.file, adminUnits.problems));
  const units = checkUnits(source.units, source.unreadable, problems);
  const unitEids = new Set(units.map((u) => u.value['eid'] ?? ''));
  const areaCodes = units.flatMap((u) => (u.value['adminUnitCode'] ? [u.value['adminUnitCode']] : []));
  if (tenantFile) await checkProvinceCode(deps, tenantFile.file, adminUnits.rows, areaCodes, problems);
  const officers = checkOfficers(source.officers, unitEids, source.unreadable, problems);
  const calendar = source.calendar?.value;
  if (source.calendar) {
    const file = source.calendar.file;
    problems.push(
      ...calendarInputProblems(calendar).map((p) => ({ file, pointer: p.pointer, message: invalid(p.message) })),
    );
  }
  const channels = source.channels?.value;
  if (source.channels) {
    problems.push(...channelsProblems(source.channels.file, channels, deps.env));
    problems.push(...senderProblems(source.channels.file, channels, deps.env));
  }
  const catalog = checkCatalog(source, unitEids, problems, deps.onProgress);
  if (problems.length > 0 || !tenantFile) return { plan: undefined, problems };
  const { slug, name, nationalCode } = tenantFile.file;
  const checkedChannels = channels as ChannelsFile | undefined;
  const messaging = {
    ...(checkedChannels?.sms ? { sms: checkedChannels.sms } : {}),
    ...(checkedChannels?.email ? { email: checkedChannels.email } : {}),
  };
  return {
    plan: {
      tenant: { id: newId(), slug, name: name.normalize('NFC'), nationalCode, catalogRevision: 0 },
      adminUnits: adminUnits.rows,
      units,
      officers,
      calendar: calendar as CalendarInput | undefined,
      branding: tenantFile.branding,
      messaging: Object.keys(messaging).length > 0 ? messaging : undefined,
      zalo: checkedChannels ? zaloBody(checkedChannels, deps.env) : undefined,
      catalog,
    },
    problems,
  };
}
