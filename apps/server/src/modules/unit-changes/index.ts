/** Administrative-unit changes: moving a province's records from merged or renumbered units' codes to their successors. */
export { remapUnits } from './use-cases/remap-units.ts';
export { reportCsv, reportText } from './report-files.ts';
export type { RemapReport } from './domain/report.ts';
