import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { remapFormUnitCodes } from './domain/admin-unit-fields.ts';

/** Statuses after which a dossier is closed: its record stays as it was filed and decided. */
const CLOSED = ['refused', 'stopped', 'returned'] as const;

export interface DossierUnitRemap {
  /** Open dossiers moved, by old code. */
  moved: Map<string, number>;
  /** Closed dossiers holding an old code, left as they are, by old code. */
  closed: Map<string, number>;
  /** Every unit code in the e-forms of open dossiers after the move. */
  codes: Set<string>;
}

function add(counts: Map<string, number>, code: string): void {
  counts.set(code, (counts.get(code) ?? 0) + 1);
}

/**
 * Moves the open dossiers of a province from old administrative-unit codes to new ones (the
 * e-form's province and commune pickers, found through the UI schema of the version each dossier
 * pinned), inside the caller's transaction. Closed dossiers are counted, not changed.
 */
export async function remapDossierUnitCodes(
  tx: Tx,
  tenantId: string,
  mapping: ReadonlyMap<string, string>,
): Promise<DossierUnitRemap> {
  const result: DossierUnitRemap = { moved: new Map(), closed: new Map(), codes: new Set() };
  if (mapping.size === 0) return result;
  // A dossier can only hold a mapped code where its form's text has one between quotes.
  const pattern = `"(${[...mapping.keys()].join('|')})"`;
  const rows = await tx.execute<{ id: string; status: string; form: unknown; ui: unknown }>(sql`
    select a.id, a.status, a.form, v.form_ui_schema as ui
      from applications a
      join procedure_versions v on v.tenant_id = a.tenant_id and v.id = a.procedure_version_id
     where a.tenant_id = ${tenantId} and a.form::text ~ ${pattern}
     for update of a`);
  for (const row of rows.rows) {
    const change = remapFormUnitCodes(row.form, row.ui, mapping);
    if (change.replaced.length === 0) continue;
    if ((CLOSED as readonly string[]).includes(row.status)) {
      for (const code of new Set(change.replaced)) add(result.closed, code);
      continue;
    }
    for (const code of new Set(change.replaced)) add(result.moved, code);
    await tx.execute(sql`
      update applications set form = ${JSON.stringify(change.form)}::jsonb, updated_at = now()
       where tenant_id = ${tenantId} and id = ${row.id}`);
  }
  const open = await tx.execute<{ form: unknown; ui: unknown }>(sql`
    select a.form, v.form_ui_schema as ui
      from applications a
      join procedure_versions v on v.tenant_id = a.tenant_id and v.id = a.procedure_version_id
     where a.tenant_id = ${tenantId} and a.status not in ('refused', 'stopped', 'returned')
       and v.form_ui_schema::text like '%admin-unit%'`);
  for (const row of open.rows) {
    for (const code of remapFormUnitCodes(row.form, row.ui, new Map()).codes) result.codes.add(code);
  }
  return result;
}
