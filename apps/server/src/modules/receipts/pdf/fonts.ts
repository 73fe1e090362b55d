import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Font names registered on every document. Body text uses DejaVu Sans Condensed: it covers every
 * precomposed Vietnamese letter and the đồng sign ₫. DejaVu Serif has no ₫, so it is used only for the
 * fixed header, motto and titles.
 */
export const FONT = {
  body: 'Body',
  bodyBold: 'Body-Bold',
  bodyItalic: 'Body-Italic',
  bodyBoldItalic: 'Body-BoldItalic',
  heading: 'Heading',
  headingBold: 'Heading-Bold',
  headingItalic: 'Heading-Italic',
} as const;

/** One of the registered font names. */
export type FontName = (typeof FONT)[keyof typeof FONT];

/** Which file of the `dejavu-fonts-ttf` package backs each name (full TTFs, embedded as subsets). */
export const FONT_FILES: Readonly<Record<FontName, string>> = {
  [FONT.body]: 'DejaVuSansCondensed.ttf',
  [FONT.bodyBold]: 'DejaVuSansCondensed-Bold.ttf',
  [FONT.bodyItalic]: 'DejaVuSansCondensed-Oblique.ttf',
  [FONT.bodyBoldItalic]: 'DejaVuSansCondensed-BoldOblique.ttf',
  [FONT.heading]: 'DejaVuSerifCondensed.ttf',
  [FONT.headingBold]: 'DejaVuSerifCondensed-Bold.ttf',
  [FONT.headingItalic]: 'DejaVuSerifCondensed-Italic.ttf',
};

/** The folder of the package's TTF files, resolved from the installed package. */
export function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

let loaded: Promise<ReadonlyMap<FontName, Buffer>> | undefined;

/** Reads the font files once per process. */
export function loadFonts(): Promise<ReadonlyMap<FontName, Buffer>> {
  loaded ??= (async () => {
    const dir = fontDirectory();
    const entries = await Promise.all(
      Object.entries(FONT_FILES).map(async ([name, file]) => [name as FontName, await readFile(path.join(dir, file))]),
    );
    return new Map(entries as [FontName, Buffer][]);
  })();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/** Registers every font on a document. */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: ReadonlyMap<FontName, Buffer>): void {
  for (const [name, data] of fonts) doc.registerFont(name, data);
}
