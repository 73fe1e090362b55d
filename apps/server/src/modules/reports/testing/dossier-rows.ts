import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/db/database.ts';
import { vn } from '../../../../test/vietnam-time.ts';

export interface DossierRow {
  unitEid: string;
  procedureCode: string;
  channel: 'counter' | 'online' | 'postal' | 'zalo';
  /** Vietnam local times, `yyyy-MM-dd HH:mm`. */
  receivedAt?: string;
  dueAt?: string;
  rescheduledDueAt?: string;
  pausedAt?: string;
  endedAt?: string;
  supplementCount?: number;
  status?: string;
  rating?: { rating: 'very_satisfied' | 'satisfied' | 'unsatisfied'; at: string };
}

let sequence = 0;

function statusOf(row: DossierRow): string {
  if (row.status) return row.status;
  if (row.endedAt) return 'result_ready';
  if (row.pausedAt) return 'supplement_requested';
  return row.receivedAt ? 'processing' : 'submitted';
}

/**
 * Writes a dossier row with exactly the dates a report test needs (and its rating), straight into
 * the tables: the workflow is tested elsewhere, the report only reads these columns.
 */
export async function insertDossierRow(database: Database, tenantId: string, row: DossierRow): Promise<string> {
  sequence += 1;
  const id = randomUUID();
  const at = (local: string | undefined): Date | null => (local ? vn(local) : null);
  const received = at(row.receivedAt);
  const inserted = await database.pool.query(
    `insert into applications (tenant_id, id, code, lookup_key, procedure_version_id, procedure_code, case_key,
       channel, unit_id, current_unit_id, status, applicant_name, applicant_phone, form, submitted_at, received_at,
       due_at, rescheduled_due_at, paused_at, ended_at, supplement_count)
     select $1, $2, u.eid || '-RPT-' || lpad($3::text, 6, '0'), 'KEY' || $3, p.current_version_id, p.code, 'chung',
            $4, u.id, u.id, $5, 'Nguyễn Văn Báo Cáo', '0912345678', '{}'::jsonb, coalesce($6, now()), $6,
            $7, $8, $9, $10, $11
       from units u, procedures p
      where u.tenant_id = $1 and u.eid = $12 and p.tenant_id = $1 and p.code = $13`,
    [
      tenantId,
      id,
      sequence,
      row.channel,
      statusOf(row),
      received,
      at(row.dueAt),
      at(row.rescheduledDueAt),
      at(row.pausedAt),
      at(row.endedAt),
      row.supplementCount ?? 0,
      row.unitEid,
      row.procedureCode,
    ],
  );
  if (inserted.rowCount !== 1) throw new Error(`no unit ${row.unitEid} or procedure ${row.procedureCode}`);
  if (row.rating) {
    await database.pool.query(
      `insert into feedback (tenant_id, application_id, rating, reason, channel, created_at)
       values ($1, $2, $3, $4, 'zalo', $5)`,
      [tenantId, id, row.rating.rating, row.rating.rating === 'unsatisfied' ? 'Chờ lâu' : null, vn(row.rating.at)],
    );
  }
  return id;
}
