import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import type { Database } from '../../platform/db/database.ts';
import type { ObjectStore } from '../attachments/index.ts';
import type { OcrPage } from './domain/ocr-page.ts';

/** Reads the text of one photo. The tesseract engine is the one used; tests may pass another. */
export interface OcrEngine {
  /** Recognises a prepared image (greyscale PNG); throws `OcrTimeoutError` past the time limit. */
  read(image: Buffer): Promise<OcrPage>;
  /** Stops the engine's workers (at shutdown). */
  close(): Promise<void>;
}

/** What the reading job needs. */
export interface ReadDocumentDeps {
  database: Database;
  keyProvider: KeyProvider;
  store: ObjectStore;
  ocr: OcrEngine;
  now: () => Date;
}

/** What reading back a result needs (routes). */
export interface ReadingAccessDeps {
  database: Database;
  keyProvider: KeyProvider;
}
