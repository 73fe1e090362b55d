/**
 * The scale run's data: three provinces (the demo's units and catalogue, copied), and a loader
 * that streams millions of dossiers with their events and ratings into PostgreSQL with binary
 * `COPY` (rows generated here, `scale-rows.ts`; why COPY: docs/adr/0003-scale-bulk-load.md).
 *
 * Dossier `j` of a province is filed on working day `j mod D` of 2025-01-02 … yesterday (so any
 * prefix of the numbers, 100,000 as well as 10,000,000, covers every day) with the number
 * `j div D + 1` in its code; the rest of its life follows from hashes of `j` (`scale-timeline.ts`).
 */
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { demoProcedures } from '@motcua/demo';
import { importCatalog } from '../apps/server/src/modules/catalog/index.ts';
import { createTenant, importUnits, type Tenant } from '../apps/server/src/modules/tenants/index.ts';
import { demoUnits } from '../apps/server/src/demo/tay-ninh/units.ts';
import type { Database } from '../apps/server/src/platform/db/database.ts';
import { CopyRows, send } from './scale-copy.ts';
import {
  DOSSIER_COLUMNS,
  EVENT_COLUMNS,
  RATING_COLUMNS,
  encodeProvince,
  writeDossier,
  type ProvinceRows,
  type ProvinceSlot,
  type RowSinks,
} from './scale-rows.ts';

/** The two provinces added beside the demo's Tây Ninh. */
const OTHER_PROVINCES = [
  { slug: 'an-giang', name: 'Tỉnh An Giang', nationalCode: '91' },
  { slug: 'dong-nai', name: 'Tỉnh Đồng Nai', nationalCode: '75' },
] as const;

/** Relative filing volume per procedure code (chứng thực and hộ tịch dominate a centre's desk). */
const POPULARITY: Readonly<Record<string, number>> = {
  '2.000815': 24,
  '1.001193': 12,
  '1.004222': 7,
  '1.004194': 6,
  '1.000894': 5,
  '1.000656': 4,
  '3.000347': 4,
  '2.000635': 3,
  '1.004873': 3,
  '1.001612': 3,
};

export interface ProvincePlan {
  tenant: Tenant;
  /** Index of the province (0, 1, 2): it seeds the hashes. */
  index: number;
  /** One entry per weighted (procedure, receiving unit) slot. */
  slots: ProvinceSlot[];
  forms: unknown[];
}

function sourced<T>(items: readonly T[]): { line: number; value: T }[] {
  return items.map((value, index) => ({ line: index + 1, value }));
}

/** Adds the two other provinces, each with the demo's unit tree and catalogue. */
export async function addProvinces(database: Database): Promise<Tenant[]> {
  const added: Tenant[] = [];
  for (const province of OTHER_PROVINCES) {
    const tenant = await createTenant(database, province);
    await importUnits(database, tenant.id, sourced(demoUnits));
    await importCatalog(database, tenant.id, sourced(demoProcedures), { publishedBy: 'bench:scale' });
    added.push(tenant);
  }
  return added;
}

interface CatalogRow {
  version_id: string;
  code: string;
  case_key: string;
  level: string;
  time_value: number;
  time_unit: string;
  form: unknown;
  units: { id: string; eid: string }[];
}

/** Reads a province's procedures and units into weighted slots for the generator. */
export async function planProvince(pool: pg.Pool, tenant: Tenant, index: number): Promise<ProvincePlan> {
  const catalog = await pool.query<CatalogRow>(
    `select v.id as version_id, v.code, coalesce(v.cases->0->>'key', 'chung') as case_key, v.level,
            v.processing_time_value::float8 as time_value, v.processing_time_unit as time_unit,
            coalesce(v.form_schema->'examples'->0, '{}'::jsonb) as form,
            coalesce((select json_agg(json_build_object('id', u.id, 'eid', u.eid) order by u.eid)
                        from procedure_version_units pu join units u on u.tenant_id = pu.tenant_id and u.id = pu.unit_id
                       where pu.tenant_id = v.tenant_id and pu.version_id = v.id), '[]'::json) as units
       from procedures p join procedure_versions v on v.tenant_id = p.tenant_id and v.id = p.current_version_id
      where p.tenant_id = $1 order by v.code`,
    [tenant.id],
  );
  const units = await pool.query<{ id: string; eid: string; kind: string }>(
    'select id, eid, kind from units where tenant_id = $1 order by eid',
    [tenant.id],
  );
  const communes = units.rows.filter((u) => u.kind === 'commune');
  const centre = units.rows.filter((u) => u.kind === 'service_centre');
  const plan: ProvincePlan = { tenant, index, slots: [], forms: [] };
  for (const row of catalog.rows) {
    const receiving = row.units.length > 0 ? row.units : row.level === 'commune' ? communes : centre;
    const weight = POPULARITY[row.code] ?? 1;
    const limit = row.time_unit === 'days' ? row.time_value : Math.max(row.time_value, 0.25) * 1.4;
    plan.forms.push(row.form);
    for (const unit of receiving) {
      // Communes file most of a province's dossiers: give every commune slot twice the weight.
      const slots = weight * (unit.eid.startsWith('000.20.') ? 2 : 1);
      for (let n = 0; n < slots; n += 1) {
        plan.slots.push({
          versionId: row.version_id,
          procedureCode: row.code,
          caseKey: row.case_key,
          unitId: unit.id,
          unitEid: unit.eid,
          days: Math.min(limit, 60),
          form: plan.forms.length,
        });
      }
    }
  }
  return plan;
}

/** Working days (Monday to Friday) from 2 January 2025 to the day before `now`, as yyyy-MM-dd. */
export function workingDays(now: Date): string[] {
  const days: string[] = [];
  const last = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 86_400_000;
  for (let t = Date.UTC(2025, 0, 2); t <= last; t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export interface LoadCounts {
  dossiers: number;
  events: number;
  ratings: number;
}

/** The tables the generator fills, and so the ones whose indexes the bulk load drops. */
export const LOADED_TABLES = ['applications', 'application_events', 'feedback'] as const;
const TABLES = { dossiers: 'applications', events: 'application_events', ratings: 'feedback' } as const;
/** Dossiers generated between two hand-overs to the COPY streams. */
const SLICE = 1024;

function copyStatement(table: string, columns: readonly string[]): string {
  return `copy ${table} (${columns.join(', ')}) from stdin (format binary, freeze)`;
}

/** How many of `total` dossiers province `index` of `provinces` holds. */
function shareOf(total: number, index: number, provinces: number): number {
  return Math.floor(total / provinces) + (index < total % provinces ? 1 : 0);
}

/**
 * Fills the dossier tables with dossiers 0…`total` (shared out between the provinces) and their
 * events and ratings, replacing what they held: dossiers are the same numbers for the same rows,
 * so a larger size loads the smaller one's dossiers again (the same rows; their ids are drawn from
 * their numbers too). One connection per table, each in one transaction that empties the table
 * and then runs one binary COPY per `batch` dossiers: a table emptied in the same transaction takes
 * `COPY … FREEZE` (rows written frozen and visible to all, so no vacuum pass has to set their hint
 * bits) and, with `wal_level = minimal`, writes no WAL (nor waits for it: `synchronous_commit`
 * off). Triggers are off (`session_replication_role = replica`: also foreign-key checks, which the
 * generator satisfies by construction). The caller drops the indexes and the foreign keys that point at these tables
 * first (`scale-indexes.ts`: TRUNCATE refuses a referenced table), and rebuilds the rollups after.
 */
export async function loadDossiers(
  pool: pg.Pool,
  plans: readonly ProvincePlan[],
  total: number,
  now: Date,
  options: { batch?: number; onBatch?: (counts: LoadCounts) => void } = {},
): Promise<LoadCounts> {
  const batch = options.batch ?? 250_000;
  const days = workingDays(now);
  const loaded: LoadCounts = { dossiers: 0, events: 0, ratings: 0 };
  const clients = await Promise.all(Object.values(TABLES).map(() => pool.connect()));
  try {
    for (const [n, table] of Object.values(TABLES).entries()) {
      await clients[n]?.query(
        `begin; set local session_replication_role = replica; set local synchronous_commit = off; truncate ${table}`,
      );
    }
    for (const plan of plans) {
      const province = encodeProvince({
        tenantId: plan.tenant.id,
        seed: 1000 * (plan.index + 1),
        provinceName: plan.tenant.name.replace(/^Tỉnh /, 'tỉnh '),
        slots: plan.slots,
        forms: plan.forms,
        days,
        now,
      });
      const end = shareOf(total, plan.index, plans.length);
      for (let start = 0; start < end; start += batch) {
        const counts = await copyBatch(clients, province, start, Math.min(end, start + batch));
        loaded.dossiers += counts.dossiers;
        loaded.events += counts.events;
        loaded.ratings += counts.ratings;
        options.onBatch?.(counts);
      }
    }
    await Promise.all(clients.map((c) => c.query('commit')));
  } catch (error) {
    await Promise.all(clients.map((c) => c.query('rollback').catch(() => undefined)));
    throw error;
  } finally {
    for (const client of clients) client.release();
  }
  return loaded;
}

async function copyBatch(
  clients: readonly pg.PoolClient[],
  province: ProvinceRows,
  from: number,
  to: number,
): Promise<LoadCounts> {
  const [a, b, c] = clients;
  if (!a || !b || !c) throw new Error('three connections expected');
  const sinks: RowSinks = { dossiers: new CopyRows(), events: new CopyRows(), ratings: new CopyRows(1 << 16) };
  const streams = {
    dossiers: a.query(copyFrom(copyStatement(TABLES.dossiers, DOSSIER_COLUMNS))),
    events: b.query(copyFrom(copyStatement(TABLES.events, EVENT_COLUMNS))),
    ratings: c.query(copyFrom(copyStatement(TABLES.ratings, RATING_COLUMNS))),
  };
  const kinds = ['dossiers', 'events', 'ratings'] as const;
  // A failed COPY rejects its stream's promise: stop generating and report it.
  const done = Promise.all(kinds.map((k) => finished(streams[k])));
  done.catch(() => undefined);
  try {
    for (let j = from; j < to; j += 1) {
      writeDossier(province, j, sinks);
      if ((j - from) % SLICE === SLICE - 1) await Promise.all(kinds.map((k) => send(streams[k], sinks[k].takeFull())));
    }
    await Promise.all(
      kinds.map(async (k) => {
        await send(streams[k], sinks[k].finish());
        streams[k].end();
      }),
    );
    await done;
  } catch (error) {
    for (const k of kinds) streams[k].destroy();
    await done.catch(() => undefined);
    throw error;
  }
  return { dossiers: sinks.dossiers.rows, events: sinks.events.rows, ratings: sinks.ratings.rows };
}
