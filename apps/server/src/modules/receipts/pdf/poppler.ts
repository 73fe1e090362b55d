import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Reads rendered PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm, pdfimages), for tests
 * and previews. Each call works on a temporary copy of the file.
 */

const run = promisify(execFile);

async function withFile<T>(pdf: Buffer, work: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'motcua-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    return await work(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of every page; `layout` keeps the physical layout (columns side by side). */
export async function pdfText(pdf: Buffer, layout = false): Promise<string> {
  return withFile(pdf, async (file) => {
    const args = layout ? ['-layout', '-enc', 'UTF-8', file, '-'] : ['-enc', 'UTF-8', file, '-'];
    const { stdout } = await run('pdftotext', args, { maxBuffer: 16 * 1024 * 1024 });
    return stdout.normalize('NFC');
  });
}

/** `pdfinfo` fields (Title, Author, Pages, Page size…). */
export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
    const fields: Record<string, string> = {};
    for (const line of stdout.split('\n')) {
      const at = line.indexOf(':');
      if (at > 0) fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return fields;
  });
}

/** Names of the fonts the file uses, and whether each is embedded (`pdffonts`). */
export async function pdfFonts(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const cells = line.trim().split(/\s+/);
        // Columns: name type [encoding…] emb sub uni object-id generation.
        return { name: cells[0] ?? '', embedded: cells.at(-5) === 'yes' };
      });
  });
}

/** Page 1 as a PNG at `dpi` (`pdftoppm -png`). */
export async function pageOnePng(pdf: Buffer, dpi = 50): Promise<Buffer> {
  return withFile(pdf, async (file, dir) => {
    const prefix = path.join(dir, 'page');
    await run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, prefix]);
    return readFile(`${prefix}.png`);
  });
}

/** The page number of each raster image placed in the file (`pdfimages -list`), soft masks left out. */
export async function pdfImagePages(pdf: Buffer): Promise<number[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfimages', ['-list', file]);
    return stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cells) => cells[2] === 'image')
      .map((cells) => Number(cells[0]));
  });
}

/** The raster images placed in the file, as PNGs, without their soft masks (`pdfimages -png`). */
export async function pdfImages(pdf: Buffer): Promise<Buffer[]> {
  return withFile(pdf, async (file, dir) => {
    const { stdout } = await run('pdfimages', ['-list', file]);
    const kinds = stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim().split(/\s+/)[2]);
    await run('pdfimages', ['-png', file, path.join(dir, 'img')]);
    const names = (await readdir(dir)).filter((n) => n.startsWith('img-')).sort();
    const images = names.filter((_, i) => kinds[i] === 'image');
    return Promise.all(images.map((n) => readFile(path.join(dir, n))));
  });
}
