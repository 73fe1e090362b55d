import type { TaskList } from 'graphile-worker';
import type { Config } from './config/config.ts';
import { createObjectStore, DOCUMENT_DECLARED_JOB } from './modules/attachments/index.ts';
import { readDocumentJob, tesseractEngine, type OcrEngine } from './modules/assistant/index.ts';
import type { KeyProvider } from './platform/crypto/key-provider.ts';
import type { Database } from './platform/db/database.ts';

export interface AssistantWiring {
  database: Database;
  keyProvider: KeyProvider;
  config: Pick<Config, 'storage'>;
  now: () => Date;
  /** Tests pass an engine they already started; otherwise one tesseract pool per worker process. */
  ocr?: OcrEngine;
}

/**
 * The assistant's job (a photo declared for a document is read, checked and its ID-card fields
 * proposed) and the OCR engine it keeps warm between jobs; `close` stops the engine at shutdown.
 */
export function assistantTasks(wiring: AssistantWiring): { tasks: TaskList; close: () => Promise<void> } {
  const ocr = wiring.ocr ?? tesseractEngine();
  const job = readDocumentJob({
    database: wiring.database,
    keyProvider: wiring.keyProvider,
    store: createObjectStore(wiring.config.storage),
    ocr,
    now: wiring.now,
  });
  return { tasks: { [DOCUMENT_DECLARED_JOB]: job }, close: () => ocr.close() };
}
