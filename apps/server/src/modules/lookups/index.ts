/** Civic look-ups (land prices, traffic fines by plate, driving licences): one provider each, importable data. */
export { lookupRoutes, type LookupRoutesDeps } from './lookups.routes.ts';
export { lookupAdminRoutes, type LookupAdminRoutesDeps } from './lookups-admin.routes.ts';
export { lookUp, lookUpInTx, listLookupKindsInTx, type LookupDeps, type LookupOutcome } from './use-cases/look-up.ts';
export { importLookupDataset, type ImportInput as LookupImportInput } from './use-cases/import-lookup-dataset.ts';
export { seedSampleLookups } from './use-cases/seed-sample-lookups.ts';
export { normalisePlate } from './providers/traffic-fines.ts';
