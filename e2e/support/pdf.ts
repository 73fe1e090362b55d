import { spawnSync } from 'node:child_process';

/** Whether poppler-utils (pdftotext, pdfinfo, pdftoppm) is installed; `.ci/run` installs it. */
export function hasPoppler(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}
