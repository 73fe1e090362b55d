/** The procedure catalogue: immutable published versions, import, and Vietnamese search. */
export { catalogRoutes } from './catalog.routes.ts';
export { createCatalogCache, type CatalogCache, type CatalogView } from './catalog-cache.ts';
export {
  importCatalog,
  importCatalogInTx,
  prepareCatalog,
  publishCatalog,
  type ImportSummary,
  type PreparedCatalog,
} from './use-cases/import-catalog.ts';
export { definitionProblems, publishInTx } from './use-cases/publish-procedure-version.ts';
export { ProcedureNotFoundError } from './catalog.errors.ts';
export { fromNationalRecord, isNationalRecord } from './national-record.ts';
export { catalogRecordsFromCsv, NATIONAL_CSV_COLUMNS } from './national-csv.ts';
export { addSynonym, SynonymInput } from './use-cases/add-synonym.ts';
export { generateSyntheticCatalog, SYNTHETIC_NOTE } from './synthetic/generate-catalog.ts';
export * from './search/index.ts';
export { validateForm, type FormFieldError } from './forms.ts';
export { findCurrentVersion as findPublishedVersion, type StoredVersion } from './catalog.repo.ts';
export { findVersionById } from './version-cache.ts';
export { catalogAdminRoutes, type CatalogAdminRoutesDeps } from './catalog-admin.routes.ts';
