/**
 * The scale run's data: three provinces (the demo's units and catalogue, copied), and a generator
 * that loads millions of dossiers with their events and ratings straight into PostgreSQL, one
 * `INSERT … SELECT generate_series` per batch (the rows are computed by the server: nothing is
 * serialised on the client, which shares the two cores with it).
 *
 * Dossier `j` of a province is filed on working day `j mod D` of 2025-01-02 … yesterday (so any
 * prefix of the numbers, 100,000 as well as 10,000,000, covers every day) with the number
 * `j div D + 1` in its code, at a receiving unit of a procedure drawn by popularity, through a
 * channel drawn from a realistic mix. Its fate (returned, refused, stopped, stuck in processing and
 * so overdue, waiting for a supplement) and its dates follow from hashes of `j`, and its status is
 * wherever that timeline stands at `now`; its events are exactly the steps taken so far.
 */
import type pg from 'pg';
import { demoProcedures } from '@motcua/demo';
import { importCatalog } from '../apps/server/src/modules/catalog/index.ts';
import { createTenant, importUnits, type Tenant } from '../apps/server/src/modules/tenants/index.ts';
import { demoUnits } from '../apps/server/src/demo/tay-ninh/units.ts';
import type { Database } from '../apps/server/src/platform/db/database.ts';

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
  slots: {
    versionId: string;
    procedureCode: string;
    caseKey: string;
    unitId: string;
    unitEid: string;
    /** Calendar days the procedure's time limit spans, roughly. */
    days: number;
    form: number;
  }[];
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

/** A uniform number in [0, 1) from dossier `j` and a salt: the generator's only source of chance. */
function rnd(seed: number, salt: number): string {
  return `((hashint8extended(j, ${String(seed + salt)}) & 2147483647)::float8 / 2147483648.0)`;
}

/** A UUID version 7 of an instant, as the application makes them (time first, then random). */
function v7(instant: string): string {
  const hex = `lpad(to_hex((extract(epoch from ${instant}) * 1000)::bigint), 12, '0')`;
  return `(substr(${hex}, 1, 8) || '-' || substr(${hex}, 9, 4) || '-7' || substr(gen_random_uuid()::text, 16))::uuid`;
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Đức', 'Thu', 'Quốc', 'Kim'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Phúc', 'Quân', 'Tâm'];

/**
 * The statement loading dossiers `$1`..`$2` of one province: the planned timeline (`plan`), where
 * it stands at `now` (`state`), then the dossiers, their events and their ratings.
 */
function batchSql(seed: number): string {
  const r = (salt: number): string => rnd(seed, salt);
  const pick = (list: readonly string[], salt: number): string =>
    `(array[${list.map((s) => `'${s}'`).join(',')}])[1 + floor(${r(salt)} * ${String(list.length)})::int]`;
  return `
with pre as (
  select j, (j % cardinality($3::date[]))::int + 1 as di, (j / cardinality($3::date[]))::bigint + 1 as seq,
         1 + floor(${r(1)} * cardinality($5::uuid[]))::int as slot,
         ${r(2)} as rc, ${r(3)} as rt, ${r(4)} as rr, ${r(5)} as rk, ${r(6)} as rs, ${r(7)} as rw, ${r(8)} as rx,
         ${r(9)} as rf, ${r(10)} as rret, ${r(11)} as rrate, ${r(12)} as rwhich, ${r(13)} as rappr, ${r(14)} as rasg
    from generate_series($1::bigint, $2::bigint) as j
), plan as (
  select pre.*, ($3::date[])[di] as day, ($5::uuid[])[slot] as version_id, ($6::text[])[slot] as procedure_code,
         ($7::text[])[slot] as case_key, ($8::uuid[])[slot] as unit_id, ($9::text[])[slot] as unit_eid,
         ($10::float8[])[slot] * 86400 as pd, ($12::jsonb[])[($11::int[])[slot]] as form,
         case when rc < 0.45 then 'counter' when rc < 0.80 then 'online' when rc < 0.95 then 'zalo' else 'postal' end as channel,
         case when rk < 0.015 then 'refused' when rk < 0.020 then 'stopped' when rk < 0.030 then 'stuck'
              when rk < 0.035 then 'waiting' else 'normal' end as fate,
         rs < 0.12 as supp, 86400 * (1 + rw * 4) as wait
    from pre
), t1 as (
  select plan.*,
         ((day::timestamp + make_interval(secs => 27000 + rt * 34200)) - interval '7 hours') at time zone 'UTC' as sub_at
    from plan
), t2 as (
  select t1.*,
         case when channel = 'counter' then sub_at + interval '4 minutes'
              else sub_at + make_interval(secs => 1800 + rr * 72000) end as recv,
         case when supp and fate = 'normal' then greatest(0.2 + rf * 0.95, 0.45) else 0.2 + rf * 0.95 end as f
    from t1
), t3 as (
  select t2.*,
         recv + make_interval(secs => 0.1 * pd) as start_at,
         recv + make_interval(secs => 0.3 * pd) as pause_at,
         recv + make_interval(secs => 0.3 * pd + wait) as resume_at,
         recv + make_interval(secs => pd) as due0,
         case when fate = 'stopped' then recv + make_interval(secs => 0.5 * pd)
              else recv + make_interval(secs => f * pd + case when supp then wait else 0 end) end as end_at,
         sub_at + interval '12 hours' as refuse_at,
         fate in ('normal', 'stuck') and not supp and (f > 0.95 or fate = 'stuck') and rx < 0.4 as resched
    from t2
), state as (
  select t3.*,
         case when fate = 'refused' or recv > $4 then null else recv end as received_at,
         case when fate = 'refused' then case when refuse_at <= $4 then 'refused' else 'submitted' end
              when recv > $4 then 'submitted'
              when fate = 'stopped' and end_at <= $4 then 'stopped'
              when fate = 'waiting' and pause_at <= $4 then 'supplement_requested'
              when fate = 'normal' and supp and pause_at <= $4 and $4 < resume_at then 'supplement_requested'
              when fate = 'normal' and end_at <= $4 then
                case when end_at + make_interval(secs => 86400 * (0.3 + rret * 6)) <= $4 then 'returned' else 'result_ready' end
              when start_at <= $4 then 'processing'
              else 'accepted' end as status,
         end_at + make_interval(secs => 86400 * (0.3 + rret * 6)) as ret_at,
         start_at + (due0 + make_interval(secs => case when supp and fate = 'normal' then wait else 0 end) - start_at) * 0.8 as resched_at
    from t3
), dossier as materialized (
  select state.*,
         ${v7('sub_at')} as id,
         fate = 'normal' and supp and resume_at <= $4 as resumed,
         case when received_at is null then null
              when fate = 'normal' and supp and resume_at <= $4 then due0 + make_interval(secs => wait) else due0 end as due_at,
         resched and received_at is not null and resched_at <= $4
           and (status not in ('result_ready', 'returned') or resched_at < end_at) as rescheduled,
         ${pick(SURNAMES, 20)} || ' ' || ${pick(MIDDLE, 21)} || ' ' || ${pick(GIVEN, 22)} as applicant_name
    from state
), filed as (
  insert into applications (tenant_id, id, code, lookup_key, procedure_version_id, procedure_code, case_key, channel,
                            unit_id, current_unit_id, status, sub_status, applicant_name, applicant_phone,
                            applicant_address, form, submitted_at, received_at, due_at, rescheduled_due_at,
                            reschedule_reason, supplement_count, paused_at, paused_minutes, supplement_request,
                            result_ready_at, returned_at, ended_at, decision_reason, revision, created_at, updated_at)
  select $13::uuid, id, unit_eid || '-' || to_char(day, 'YYMMDD') || '-' || lpad(seq::text, 4, '0'),
         upper(lpad(to_hex(hashint8extended(j, ${String(seed + 99)}) & 1099511627775), 10, '0')),
         version_id, procedure_code, case_key, channel, unit_id, unit_id, status,
         case when status = 'processing' then 'in_review' end, applicant_name,
         '09' || lpad((hashint8extended(j, ${String(seed + 23)}) & 16777215)::text, 8, '0'),
         'Khu phố ' || (1 + j % 30) || ', ' || $14::text, form, sub_at, received_at, due_at,
         case when rescheduled then due_at + interval '5 days' end,
         case when rescheduled then 'Hồ sơ cần xác minh thêm tại địa phương' end,
         case when status = 'supplement_requested' or resumed then 1 else 0 end,
         case when status = 'supplement_requested' then pause_at end,
         case when resumed then (wait / 60)::int else 0 end,
         case when status = 'supplement_requested' then '{"items":["Bản sao giấy tờ tùy thân"],"note":"Ảnh chụp bị mờ"}'::jsonb end,
         case when status in ('result_ready', 'returned') then end_at end,
         case when status = 'returned' then ret_at end,
         case when status in ('result_ready', 'returned', 'stopped') then end_at when status = 'refused' then refuse_at end,
         case when status = 'refused' then 'Hồ sơ không thuộc thẩm quyền giải quyết'
              when status = 'stopped' then 'Công dân đề nghị dừng giải quyết' end,
         1, sub_at, $4
    from dossier
  returning 1
), steps as (
  select d.id as application_id, d.unit_id, s.*
    from dossier d
   cross join lateral (values
     ('submit', case when d.channel = 'counter' then 'officer' else 'citizen' end,
        case when d.channel = 'counter' then 'intake' end, null, 'submitted', d.sub_at, null::text, true),
     ('refuse', 'officer', 'intake', 'submitted', 'refused', d.refuse_at, 'Hồ sơ không thuộc thẩm quyền giải quyết',
        d.status = 'refused'),
     ('accept', 'officer', 'intake', 'submitted', 'accepted', d.recv, null, d.received_at is not null),
     ('start_processing', 'officer', 'processor', 'accepted', 'processing', d.start_at, null,
        d.received_at is not null and d.status <> 'accepted'),
     ('assign', 'officer', 'leader', 'processing', 'processing', d.start_at + interval '30 minutes', null,
        d.received_at is not null and d.status <> 'accepted' and d.rasg < 0.5 and not d.supp and not d.rescheduled
        and d.start_at + interval '30 minutes' <= least($4, coalesce(d.end_at, $4))
        and (d.fate <> 'waiting' or d.start_at + interval '30 minutes' < d.pause_at)),
     ('request_supplement', 'officer', 'processor', 'processing', 'supplement_requested', d.pause_at,
        'Ảnh chụp giấy tờ bị mờ', d.status = 'supplement_requested' or d.resumed),
     ('receive_supplement', 'officer', 'intake', 'supplement_requested', 'processing', d.resume_at, null, d.resumed),
     ('reschedule', 'officer', 'leader', 'processing', 'processing', d.resched_at,
        'Hồ sơ cần xác minh thêm tại địa phương', d.rescheduled),
     ('submit_for_approval', 'officer', 'processor', 'processing', 'processing',
        d.end_at - (d.end_at - d.start_at) * 0.2, null,
        d.status in ('result_ready', 'returned') and d.rappr < 0.6 and not d.supp),
     ('approve', 'officer', 'leader', 'processing', 'processing', d.end_at - (d.end_at - d.start_at) * 0.1, null,
        d.status in ('result_ready', 'returned') and d.rappr < 0.6 and not d.supp),
     ('complete', 'officer', 'processor', 'processing', 'result_ready', d.end_at, null,
        d.status in ('result_ready', 'returned')),
     ('return_result', 'officer', 'intake', 'result_ready', 'returned', d.ret_at, null, d.status = 'returned'),
     ('stop', 'officer', 'leader', 'processing', 'stopped', d.end_at, 'Công dân đề nghị dừng giải quyết',
        d.status = 'stopped')
   ) as s(action, actor_type, role, from_status, to_status, at, reason, taken)
   where s.taken
), logged as (
  insert into application_events (tenant_id, id, application_id, at, actor_type, role, action, from_status, to_status,
                                  from_unit_id, to_unit_id, reason, payload)
  select $13::uuid, ${v7('at')}, application_id, at, actor_type, role, action, from_status, to_status,
         case when from_status is not null then unit_id end, unit_id, reason, '{}'::jsonb
    from steps
  returning 1
), rated as (
  insert into feedback (tenant_id, application_id, rating, reason, channel, created_at)
  select $13::uuid, id,
         case when rwhich < 0.7 then 'very_satisfied' when rwhich < 0.95 then 'satisfied' else 'unsatisfied' end,
         case when rwhich >= 0.95 then 'Thời gian chờ lâu' end, 'zalo', ret_at + make_interval(secs => rwhich * 172800)
    from dossier
   where status = 'returned' and rrate < 0.25 and ret_at + make_interval(secs => rwhich * 172800) <= $4
  returning 1
)
select (select count(*) from filed)::int as dossiers, (select count(*) from logged)::int as events,
       (select count(*) from rated)::int as ratings`;
}

export interface LoadCounts {
  dossiers: number;
  events: number;
  ratings: number;
}

/**
 * Loads dossiers `from`..`to` (exclusive) of a province in batches, on one connection with
 * triggers off (`session_replication_role = replica`: also skips foreign-key checks, which the
 * generator satisfies by construction). The caller rebuilds the rollups afterwards.
 */
export async function loadDossiers(
  pool: pg.Pool,
  plan: ProvincePlan,
  range: { from: number; to: number },
  now: Date,
  options: { batch?: number; onBatch?: (counts: LoadCounts) => void } = {},
): Promise<LoadCounts> {
  const batch = options.batch ?? 50_000;
  const days = workingDays(now);
  const text = batchSql(1000 * (plan.index + 1));
  const province = plan.tenant.name.replace(/^Tỉnh /, 'tỉnh ');
  const total: LoadCounts = { dossiers: 0, events: 0, ratings: 0 };
  const client = await pool.connect();
  try {
    await client.query(`set session_replication_role = replica; set work_mem = '256MB'`);
    for (let start = range.from; start < range.to; start += batch) {
      const end = Math.min(range.to, start + batch) - 1;
      const result = await client.query<LoadCounts>(text, [
        start,
        end,
        days,
        now,
        plan.slots.map((s) => s.versionId),
        plan.slots.map((s) => s.procedureCode),
        plan.slots.map((s) => s.caseKey),
        plan.slots.map((s) => s.unitId),
        plan.slots.map((s) => s.unitEid),
        plan.slots.map((s) => s.days),
        plan.slots.map((s) => s.form),
        plan.forms.map((f) => JSON.stringify(f)),
        plan.tenant.id,
        province,
      ]);
      const counts = result.rows[0] ?? { dossiers: 0, events: 0, ratings: 0 };
      total.dossiers += counts.dossiers;
      total.events += counts.events;
      total.ratings += counts.ratings;
      options.onBatch?.(counts);
    }
  } finally {
    await client.query('reset session_replication_role').catch(() => undefined);
    client.release();
  }
  return total;
}
