/** Receipts: the printed one-stop forms (TT 01/2018/TT-VPCP Mẫu 01–05) and the signed QR tokens on them. */
export type {
  ApologyTitle,
  ApologyView,
  ApplicantView,
  DocumentHeaderView,
  DocumentItemView,
  HandoffView,
  IssuerView,
  QrView,
  ReceiptView,
  RefusalView,
  SignatureView,
  StepResult,
  SupplementItemView,
  SupplementRequestView,
  TrackingSheetView,
} from './receipt-views.ts';
export { renderReceipt, RECEIPT_TITLE } from './pdf/render-receipt.ts';
export { renderSupplementRequest, SUPPLEMENT_REQUEST_TITLE } from './pdf/render-supplement-request.ts';
export { renderRefusal, REFUSAL_TITLE } from './pdf/render-refusal.ts';
export { renderApology, APOLOGY_TITLES } from './pdf/render-apology.ts';
export { renderTrackingSheet, TRACKING_SHEET_TITLE, STEP_RESULT_LABELS } from './pdf/render-tracking-sheet.ts';
export { qrPng, QR_IMAGE_OPTIONS } from './pdf/qr-image.ts';
export { formatVietnamDate, formatVietnamDateTime, toVietnamIso } from './vietnam-time.ts';
export {
  createQrTokenService,
  type QrTokenService,
  type QrTokenServiceDeps,
  type QrVerification,
} from './qr-tokens.ts';
export type { PublicSigningJwk } from './qr-token-format.ts';
export { receiptRoutes, type ReceiptRoutesDeps } from './receipts.routes.ts';
