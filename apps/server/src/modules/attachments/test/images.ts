import { createDeflate, crc32 } from 'node:zlib';
import sharp from 'sharp';

/** xorshift32, so generated pages are identical on every run. */
function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

/**
 * A page of dark "text" on white: lines of glyph-sized rectangles grouped into words. Rectangles
 * rather than fonts, so the picture does not depend on the fonts a machine has.
 */
export function documentSvg(width: number, height: number, seed = 7): Buffer {
  const random = seeded(seed);
  const lineHeight = Math.round(height / 40);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    '<rect width="100%" height="100%" fill="#fff"/>',
  ];
  for (let y = Math.round(height * 0.08); y < height * 0.92; y += lineHeight) {
    let x = Math.round(width * 0.08);
    while (x < width * 0.9) {
      const letters = 3 + Math.floor(random() * 7);
      for (let i = 0; i < letters && x < width * 0.9; i += 1) {
        const w = Math.round(lineHeight * (0.25 + random() * 0.3));
        const h = Math.round(lineHeight * (0.35 + random() * 0.3));
        parts.push(
          `<rect x="${x}" y="${Math.round(y + lineHeight * 0.7 - h)}" width="${Math.max(2, w - 3)}" height="${h}" fill="#111"/>`,
        );
        x += w;
      }
      x += Math.round(lineHeight * 0.5);
    }
  }
  parts.push('</svg>');
  return Buffer.from(parts.join(''));
}

/** A sharp photo of a document, as a phone would save it (JPEG). */
export async function documentJpeg(width = 2000, height = 1500): Promise<Buffer> {
  return sharp(documentSvg(width, height)).jpeg({ quality: 90 }).toBuffer();
}

/** The photo with the phone's EXIF: maker, model and a GPS position (Hồ Chí Minh City), turned 90°. */
export async function withGpsExif(jpeg: Buffer): Promise<Buffer> {
  return sharp(jpeg)
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'GPS-X1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '10/1 46/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 41/1 0/1',
      },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Whether an EXIF block (as sharp's metadata returns it) has a GPS directory in IFD0. */
export function hasGpsDirectory(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') === 0 ? 6 : 0);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number): number => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number): number => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  for (let i = 0; i < u16(ifd); i += 1) if (u16(ifd + 2 + i * 12) === 0x8825) return true;
  return false;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid 1-bit greyscale PNG of any size, all black: the rows compress to almost nothing, so a
 * 30,000 × 30,000 picture (900 MP) is about 110 KB — a decompression bomb.
 */
export async function blackPng(width: number, height: number): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1;
  const rowBytes = 1 + Math.ceil(width / 8);
  const rowsPerBlock = Math.max(1, Math.floor((4 * 1024 * 1024) / rowBytes));
  const block = Buffer.alloc(rowBytes * rowsPerBlock);
  const deflate = createDeflate({ level: 6 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  for (let row = 0; row < height; row += rowsPerBlock) {
    deflate.write(block.subarray(0, rowBytes * Math.min(rowsPerBlock, height - row)));
  }
  deflate.end();
  await done;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.concat(chunks)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A solid or noisy picture of the given size. */
export async function plainPicture(width: number, height: number, background: string, noise = 0): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background,
      ...(noise > 0 ? { noise: { type: 'gaussian' as const, mean: 128, sigma: noise } } : {}),
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
}
