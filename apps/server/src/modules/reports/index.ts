/** Dashboards: on-time rate, QĐ 766 indicators, satisfaction, and their Excel export. */
export { reportRoutes, type ReportRoutesDeps } from './reports.routes.ts';
export { getConsoleStats, type StatsReport } from './use-cases/get-console-stats.ts';
