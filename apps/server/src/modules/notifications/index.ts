export { deliverNotice, DeliveryRetryLater, DOSSIER_UPDATE_TEMPLATE } from './use-cases/deliver-notice.ts';
export type { DeliverNoticeDeps, DeliveryOutcome } from './use-cases/deliver-notice.ts';
export { deliverNoticeJob } from './jobs/deliver-notice.job.ts';
export { renderNotice, type NoticeView, type RenderedNotice } from './domain/notice-texts.ts';
export { ROUTES, type Route } from './domain/routing.ts';
export { notificationRoutes, type NotificationRoutesDeps } from './notifications.routes.ts';
export { deliverOtp, type DeliverOtpDeps } from './use-cases/deliver-otp.ts';
export { deliverOtpJob } from './jobs/deliver-otp.job.ts';
export { recordDeliveryReceipt } from './use-cases/record-receipt.ts';
