/** The one planned visit to the desk: slots on the working calendar, booking, moving, cancelling. */
export { visitRoutes, type VisitRoutesDeps } from './visits.routes.ts';
export { readVisitNotice, type VisitNotice } from './use-cases/read-visit-notice.ts';
