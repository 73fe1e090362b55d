import type { TestProject } from 'vitest/node';
import { chromiumPath, clearArtifacts } from './browser.ts';
import { bootE2eSystem } from './system.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the system under test listens, e.g. `http://127.0.0.1:41234`. */
    e2eBaseUrl: string;
  }
}

/**
 * Checks that Chromium is there, then boots the system once for every journey and stops it when
 * the run ends; the screenshots of the previous run are cleared.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromiumPath();
  clearArtifacts();
  const started = Date.now();
  const system = await bootE2eSystem();
  console.log(`e2e: system up at ${system.baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('e2eBaseUrl', system.baseUrl);
  return () => system.stop();
}
