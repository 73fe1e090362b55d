/**
 * Photos of paper documents, as a phone saves them: sharp JPEGs of dark "text" on white, large and
 * crisp enough to pass the server's photo check (no too-small, blurry, dark or blank warning).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentJpeg } from '../../apps/server/test/factories/files.ts';

export interface DocumentPhotos {
  /** One file per name asked for, in that order. */
  files: string[];
  remove(): Promise<void>;
}

/** Writes one photo per name in a temporary folder (landscape and portrait in turn, so no two are identical). */
export async function writeDocumentPhotos(names: readonly string[]): Promise<DocumentPhotos> {
  const dir = await mkdtemp(path.join(tmpdir(), 'motcua-e2e-photos-'));
  const files = await Promise.all(
    names.map(async (name, index) => {
      const file = path.join(dir, name);
      const [width, height] = index % 2 === 0 ? [2000, 1500] : [1500, 2000];
      await writeFile(file, await documentJpeg(width, height));
      return file;
    }),
  );
  return { files, remove: () => rm(dir, { recursive: true, force: true }) };
}
