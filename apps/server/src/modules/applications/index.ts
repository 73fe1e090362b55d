/** Dossiers (hồ sơ): filing, codes, the one-stop workflow, look-up. */
export { applicationRoutes, type ApplicationRoutesDeps } from './applications.routes.ts';
export { consoleRoutes, type ConsoleRoutesDeps } from './console.routes.ts';
export { consoleDossierRoutes, type ConsoleDossierRoutesDeps } from './console-dossier.routes.ts';
export { citizenApplicationsRoutes, type CitizenApplicationsRoutesDeps } from './citizen-applications.routes.ts';
export { performAction, performActionInTx } from './use-cases/perform-action.ts';
export { submitApplication } from './use-cases/submit-application.ts';
export { lookupApplication, readApplicationView } from './use-cases/lookup-application.ts';
export { isOverdue, effectiveDueAt } from './domain/overdue.ts';
export { recordNotice } from './use-cases/perform-action.ts';
export { ApplicationNotFoundError } from './applications.errors.ts';
export { sameKey } from './domain/lookup-key.ts';
export { maskName } from './domain/dossier-code.ts';
export { readNoticeFacts, type NoticeFacts } from './use-cases/read-notice-facts.ts';
export {
  findDossierDocuments,
  findDossierDocumentsByKey,
  type DossierDocuments,
} from './use-cases/find-dossier-documents.ts';
export { APPLICATION_EVENT_JOB, type ApplicationEventJob } from './use-cases/publish-event.ts';
export { remapDossierUnitCodes, type DossierUnitRemap } from './unit-codes.repo.ts';
export { foldStatusCountsJob } from './jobs/fold-status-counts.job.ts';
