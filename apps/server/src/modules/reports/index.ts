/** Dashboards: on-time rate, QĐ 766 indicators, satisfaction, and their Excel export. */
export { reportRoutes, type ReportRoutesDeps } from './reports.routes.ts';
export { getConsoleStats, type StatsReport } from './use-cases/get-console-stats.ts';
export { ENDED_ON_TIME } from './reports.repo.ts';
export { resolvePeriod, type Period } from './domain/period.ts';
export { RangeInvalidError } from './reports.errors.ts';
export { foldCountersJob } from './jobs/fold-counters.job.ts';
