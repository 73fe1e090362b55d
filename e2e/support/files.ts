/**
 * Photos of paper documents, as a phone saves them: sharp JPEGs of dark "text" on white, large and
 * crisp enough to pass the server's photo check (no too-small, blurry, dark or blank warning).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentJpeg } from '../../apps/server/test/factories/files.ts';

/** Writes one photo per name (landscape and portrait in turn, so no two files are identical). */
export async function writeDocumentPhotos(names: readonly string[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'motcua-e2e-photos-'));
  return Promise.all(
    names.map(async (name, index) => {
      const file = path.join(dir, name);
      const [width, height] = index % 2 === 0 ? [2000, 1500] : [1500, 2000];
      await writeFile(file, await documentJpeg(width, height));
      return file;
    }),
  );
}
