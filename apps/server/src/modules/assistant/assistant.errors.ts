/**
 * Thrown by the OCR engine when one photo takes longer than its time limit; the reading is then
 * recorded as failed (a retry would take as long) and the person fills the form by hand. It never
 * reaches a client: reading happens in a job.
 */
export class OcrTimeoutError extends Error {
  override name = 'OcrTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`Reading the photo took longer than ${String(timeoutMs)} ms`);
  }
}
