import type { ProcedureList, ProcedureListQuery, ProcedureSummary, UnitRef } from '@motcua/contracts';
import type { StoredVersion } from '../catalog.repo.ts';
import type { CatalogView } from '../catalog-cache.ts';

/** The units that receive a version: those it names, else every unit of its level. */
export function unitsOf(view: CatalogView, version: StoredVersion): UnitRef[] {
  if (version.unitIds.length > 0) {
    return version.unitIds.flatMap((id) => {
      const unit = view.unitsById.get(id);
      return unit ? [unit] : [];
    });
  }
  return [...view.unitsByLevel[version.definition.level]];
}

function toSummary(view: CatalogView, version: StoredVersion): ProcedureSummary {
  const d = version.definition;
  return {
    code: d.code,
    name: d.name,
    field: d.field.name,
    level: d.level,
    onlineLevel: d.onlineLevel,
    processingTime: d.processingTime,
    fee: d.fee,
    units: unitsOf(view, version),
  };
}

function fieldName(view: CatalogView, field: string): string {
  const value = field.normalize('NFC').trim();
  return view.fieldNameByCode.get(value) ?? value;
}

/** Searches the published catalogue the way citizens type, or lists it by name when `q` is empty. */
export function listProcedures(view: CatalogView, query: ProcedureListQuery): ProcedureList {
  const { hits, total } = view.index.search((query.q ?? '').normalize('NFC'), {
    limit: query.limit,
    offset: query.offset,
    ...(query.field ? { field: fieldName(view, query.field) } : {}),
    ...(query.level ? { level: query.level } : {}),
  });
  const items = hits.flatMap((hit) => {
    const version = view.byCode.get(hit.code);
    return version ? [toSummary(view, version)] : [];
  });
  return { items, total };
}
