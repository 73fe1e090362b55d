import { LOOKUP_SAMPLE_NOTICE, type LookupKindInfo, type LookupResult } from '@motcua/contracts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { LOOKUP_ITEMS_MAX } from '../domain/provider.ts';
import { LookupKindNotFoundError, LookupNotAvailableError, LookupQueryInvalidError } from '../lookups.errors.ts';
import * as repo from '../lookups.repo.ts';
import { allProviders, providerOf } from '../providers/registry.ts';

export interface LookupDeps {
  database: Database;
  now: () => Date;
}

export type LookupOutcome =
  | { ok: true; result: LookupResult }
  | { ok: false; reason: 'unknown_kind' | 'not_available' }
  | { ok: false; reason: 'invalid_query'; message: string };

/**
 * One civic look-up inside the caller's transaction (the chat bot's turn): the query normalised and
 * checked by the kind's provider, matched against the province's current dataset, and answered; an
 * answer from sample data carries the sample notice.
 */
export async function lookUpInTx(
  tx: Tx,
  tenantId: string,
  kind: string,
  rawQuery: string,
  now: Date,
): Promise<LookupOutcome> {
  const provider = providerOf(kind);
  if (!provider) return { ok: false, reason: 'unknown_kind' };
  const dataset = await repo.findDataset(tx, tenantId, provider.kind);
  if (!dataset) return { ok: false, reason: 'not_available' };
  const query = provider.parseQuery(rawQuery);
  if (!query.ok) return { ok: false, reason: 'invalid_query', message: query.message };
  const found = await repo.searchRecords(tx, tenantId, provider.kind, provider.match, query.key, LOOKUP_ITEMS_MAX);
  const answer = provider.answer(found.rows, {
    query: query.display,
    total: found.total,
    importedAt: dataset.importedAt,
    now,
  });
  return {
    ok: true,
    result: {
      kind: provider.kind,
      title: provider.title,
      query: query.display,
      found: found.total > 0,
      total: found.total,
      items: answer.items,
      message: answer.message,
      sample: dataset.sample,
      ...(dataset.sample ? { notice: LOOKUP_SAMPLE_NOTICE } : {}),
      dataset: { source: dataset.source, importedAt: dataset.importedAt.toISOString(), rowCount: dataset.rowCount },
    },
  };
}

/** The public look-up: as `lookUpInTx`, with the failures as errors (404 kind or data, 422 query). */
export async function lookUp(
  deps: LookupDeps,
  tenantId: string,
  kind: string,
  rawQuery: string,
): Promise<LookupResult> {
  const outcome = await withTx(deps.database, tenantId, (tx) => lookUpInTx(tx, tenantId, kind, rawQuery, deps.now()));
  if (outcome.ok) return outcome.result;
  switch (outcome.reason) {
    case 'unknown_kind':
      throw new LookupKindNotFoundError(kind);
    case 'not_available':
      throw new LookupNotAvailableError(kind);
    case 'invalid_query':
      throw new LookupQueryInvalidError(outcome.message);
  }
}

/** Every kind with whether the province has data for it (and whether that data is sample data). */
export async function listLookupKindsInTx(tx: Tx, tenantId: string): Promise<LookupKindInfo[]> {
  const datasets = new Map((await repo.listDatasets(tx, tenantId)).map((d) => [d.kind, d]));
  return allProviders().map((provider) => {
    const dataset = datasets.get(provider.kind);
    return {
      kind: provider.kind,
      title: provider.title,
      titleEn: provider.titleEn,
      queryLabel: provider.queryLabel,
      example: provider.example,
      available: dataset !== undefined,
      sample: dataset?.sample ?? false,
      ...(dataset ? { updatedAt: dataset.importedAt.toISOString() } : {}),
    };
  });
}

export async function listLookupKinds(deps: LookupDeps, tenantId: string): Promise<LookupKindInfo[]> {
  return withTx(deps.database, tenantId, (tx) => listLookupKindsInTx(tx, tenantId));
}
