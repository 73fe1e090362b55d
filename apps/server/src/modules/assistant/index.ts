/**
 * The assistant: reads declared photos of documents (OCR, in the job runner), warns when a photo
 * does not look like the document asked for, and proposes an ID card's fields for a person to
 * confirm. Nothing is filled in without them.
 */
export { assistantRoutes, UPLOAD_TOKEN_HEADER, type AssistantRoutesDeps } from './assistant.routes.ts';
export { readDocumentJob } from './jobs/read-document.job.ts';
export { readDeclaredDocument, type ReadOutcome } from './use-cases/read-declared-document.ts';
export { tesseractEngine, OCR_DEFAULTS, type TesseractOptions } from './ocr/tesseract-engine.ts';
export type { OcrEngine, ReadDocumentDeps } from './ports.ts';
export type { OcrPage, OcrLine, OcrWord } from './domain/ocr-page.ts';
