import type { ProcedureDetail } from '@motcua/contracts';
import type { CatalogView } from '../catalog-cache.ts';
import { ProcedureNotFoundError } from '../catalog.errors.ts';
import { unitsOf } from './list-procedures.ts';

/** The current published version of a procedure, with its documents per case and its e-form. */
export function getProcedure(view: CatalogView, code: string): ProcedureDetail {
  const version = view.byCode.get(code);
  if (!version) throw new ProcedureNotFoundError(code);
  const { unitEids: _unitEids, keywords: _keywords, source: _source, ...d } = version.definition;
  return {
    ...d,
    version: version.version,
    publishedAt: version.publishedAt.toISOString(),
    units: unitsOf(view, version),
  };
}
