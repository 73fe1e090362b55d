/**
 * The OCR recogniser's thread: lowers its own CPU priority, then runs tesseract.js's worker script.
 * On Linux the nice value belongs to a thread, so this slows only the recogniser when the CPU is
 * contended — reading a photo can wait, a citizen's request should not. Where the system refuses
 * (or has no thread priorities) the recogniser runs at normal priority.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** Nice 10: about a tenth of a normal thread's share of a busy core, all of an idle one. */
const BACKGROUND_NICE = 10;
try {
  os.setPriority(BACKGROUND_NICE);
} catch {
  // Keep the normal priority.
}

const require = createRequire(import.meta.url);
require(path.join(path.dirname(require.resolve('tesseract.js')), 'worker-script', 'node', 'index.js'));
