/** Satisfaction ratings of dossiers (Rất hài lòng / Hài lòng / Không hài lòng + reason, QĐ 766). */
export { feedbackRoutes, type FeedbackRoutesDeps } from './feedback.routes.ts';
export { findFeedbackByCode, type StoredFeedback } from './feedback.repo.ts';
export { giveFeedback, type GiveFeedbackInput } from './use-cases/give-feedback.ts';
