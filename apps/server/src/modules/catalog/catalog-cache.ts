import type { UnitRef } from '@motcua/contracts';
import { withTx, withSystemTx, type Database } from '../../platform/db/database.ts';
import { findTenantById, listUnits, type Tenant } from '../tenants/index.ts';
import { listCurrentVersions, listSynonyms, type StoredVersion } from './catalog.repo.ts';
import { createProcedureIndex, type ProcedureIndex } from './search/procedure-index.ts';
import { defaultSynonyms, mergeSynonyms } from './search/synonyms.ts';

/** A tenant's published catalogue held in memory: versions by code, units and the search index. */
export interface CatalogView {
  revision: number;
  byCode: ReadonlyMap<string, StoredVersion>;
  unitsById: ReadonlyMap<string, UnitRef>;
  /** Units that receive procedures of a level when a version names none. */
  unitsByLevel: Readonly<Record<'province' | 'commune', readonly UnitRef[]>>;
  index: ProcedureIndex;
  /** Field names by field code, so the field filter accepts either. */
  fieldNameByCode: ReadonlyMap<string, string>;
}

export interface CatalogCache {
  get(tenant: Tenant): Promise<CatalogView>;
}

async function loadView(database: Database, tenant: Tenant): Promise<CatalogView> {
  const { versions, units, synonyms } = await withTx(database, tenant.id, async (tx) => ({
    versions: await listCurrentVersions(tx, tenant.id),
    units: await listUnits(tx, tenant.id),
    synonyms: await listSynonyms(tx, tenant.id),
  }));
  const refs: UnitRef[] = units.map((u) => ({ id: u.id, eid: u.eid, name: u.name, kind: u.kind }));
  const docs = versions.map((v) => ({
    code: v.definition.code,
    name: v.definition.name,
    field: v.definition.field.name,
    level: v.definition.level,
    keywords: v.definition.keywords,
  }));
  return {
    revision: tenant.catalogRevision,
    byCode: new Map(versions.map((v) => [v.definition.code, v])),
    unitsById: new Map(refs.map((u) => [u.id, u])),
    unitsByLevel: {
      province: refs.filter((u) => u.kind !== 'commune'),
      commune: refs.filter((u) => u.kind === 'commune'),
    },
    index: createProcedureIndex(docs, mergeSynonyms(defaultSynonyms, synonyms)),
    fieldNameByCode: new Map(
      versions.flatMap((v) => (v.definition.field.code ? [[v.definition.field.code, v.definition.field.name]] : [])),
    ),
  };
}

/**
 * Keeps each tenant's catalogue view in memory and rebuilds it when the tenant's catalogue revision
 * moves (checked at most every `refreshMs`, so several API instances converge within that time).
 */
export function createCatalogCache(database: Database, refreshMs: number): CatalogCache {
  const views = new Map<string, { view: CatalogView; checkedAt: number }>();
  const building = new Map<string, Promise<CatalogView>>();

  async function rebuild(tenant: Tenant): Promise<CatalogView> {
    const pending = building.get(tenant.id);
    if (pending) return pending;
    const promise = loadView(database, tenant)
      .then((view) => {
        views.set(tenant.id, { view, checkedAt: Date.now() });
        return view;
      })
      .finally(() => building.delete(tenant.id));
    building.set(tenant.id, promise);
    return promise;
  }

  return {
    async get(tenant) {
      const cached = views.get(tenant.id);
      if (!cached) return rebuild(tenant);
      if (Date.now() - cached.checkedAt < refreshMs) return cached.view;
      const fresh = await withSystemTx(database, (tx) => findTenantById(tx, tenant.id));
      if (fresh && fresh.catalogRevision === cached.view.revision) {
        cached.checkedAt = Date.now();
        return cached.view;
      }
      return rebuild(fresh ?? tenant);
    },
  };
}
