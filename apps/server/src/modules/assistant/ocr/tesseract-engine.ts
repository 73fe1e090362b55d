import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import Tesseract from 'tesseract.js';
import { OcrTimeoutError } from '../assistant.errors.ts';
import type { OcrLine, OcrPage } from '../domain/ocr-page.ts';
import type { OcrEngine } from '../ports.ts';

export interface TesseractOptions {
  /** Recognisers kept running and shared by every job of this process (each holds ~100 MB). */
  workers?: number;
  /** Longest time one photo may take once a recogniser has it (waiting for one is not counted). */
  timeoutMs?: number;
}

export const OCR_DEFAULTS = { workers: 1, timeoutMs: 30_000 } as const;

/**
 * Where the Vietnamese model is: the `@tesseract.js-data/vie` package, LSTM "best_int" variant
 * (1.4 MB gzipped), read from disk. Nothing is downloaded at run time.
 */
function vietnameseModelDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

function toPage(result: Tesseract.Page): OcrPage {
  const lines: OcrLine[] = (result.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map((line) => ({
        text: line.text.normalize('NFC').trim(),
        confidence: line.confidence,
        words: line.words.map((w) => ({ text: w.text.normalize('NFC'), confidence: w.confidence })),
      })),
    ),
  );
  return { lines: lines.filter((l) => l.text !== '') };
}

/** tesseract.js's worker script behind one that lowers the recogniser thread's CPU priority. */
const BACKGROUND_WORKER = fileURLToPath(new URL('./background-worker.mjs', import.meta.url));

async function startScheduler(workers: number): Promise<Tesseract.Scheduler> {
  const scheduler = Tesseract.createScheduler();
  const langPath = vietnameseModelDir();
  const started = await Promise.all(
    Array.from({ length: workers }, () =>
      // cacheMethod 'none': the model is read from the package, and no copy is written to the disk.
      Tesseract.createWorker('vie', Tesseract.OEM.LSTM_ONLY, {
        langPath,
        gzip: true,
        cacheMethod: 'none',
        workerPath: BACKGROUND_WORKER,
      }),
    ),
  );
  for (const worker of started) scheduler.addWorker(worker);
  return scheduler;
}

/**
 * tesseract.js with the Vietnamese model, as a pool of recognisers started on first use and kept
 * for the life of the process (starting one takes ~0.7 s, a warm one reads a card in ~0.7 s).
 * The recognisers run at a low CPU priority (background-worker.mjs): under load the requests of
 * citizens and officers go first and the readings catch up when the CPU is free. Photos wait
 * their turn here, one per recogniser; a photo past the time limit once it has a recogniser stops
 * the pool, so a stuck recogniser cannot hold the queue; the next photo starts a fresh one.
 */
export function tesseractEngine(options: TesseractOptions = {}): OcrEngine {
  const workers = options.workers ?? OCR_DEFAULTS.workers;
  const timeoutMs = options.timeoutMs ?? OCR_DEFAULTS.timeoutMs;
  let pool: Promise<Tesseract.Scheduler> | undefined;
  const turns = pLimit(workers);

  function scheduler(): Promise<Tesseract.Scheduler> {
    if (pool) return pool;
    const starting = startScheduler(workers);
    starting.catch(() => {
      if (pool === starting) pool = undefined;
    });
    pool = starting;
    return starting;
  }

  async function stop(stopped: Promise<Tesseract.Scheduler> | undefined): Promise<void> {
    if (stopped) await (await stopped).terminate();
  }

  async function recognise(image: Buffer): Promise<OcrPage> {
    const current = scheduler();
    const running = current.then((s) => s.addJob('recognize', image, {}, { blocks: true, text: false }));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OcrTimeoutError(timeoutMs)), timeoutMs);
    });
    try {
      const result = await Promise.race([running, timeout]);
      return toPage(result.data);
    } catch (error) {
      if (error instanceof OcrTimeoutError && pool === current) {
        pool = undefined;
        running.catch(() => undefined);
        await stop(current).catch(() => undefined);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    read: (image) => turns(() => recognise(image)),
    async close() {
      const current = pool;
      pool = undefined;
      await stop(current);
    },
  };
}
