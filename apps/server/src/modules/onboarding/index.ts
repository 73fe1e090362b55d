/** Connecting a province: a bundle (or answers to prompts) checked whole, then loaded in one transaction. */
export { readBundleDir, readCatalogFile, type BundleSource, type CsvFile } from './bundle-files.ts';
export { checkBundle, type CheckBundleDeps, type ProvincePlan } from './use-cases/check-bundle.ts';
export { createProvince, type CreatedProvince, type CreateProvinceDeps } from './use-cases/create-province.ts';
export { listProvinces, type ProvinceSummary } from './use-cases/list-provinces.ts';
export type { BundleProblem } from './domain/bundle-rows.ts';
