import { createRequire } from 'node:module';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';

/** What the test card says (an invented person). */
export interface CardPerson {
  idNumber: string;
  fullName: string;
  dateOfBirth: string;
  sex: 'Nam' | 'Nữ';
  placeOfOrigin: string;
  placeOfResidence: string;
  expiryDate: string;
}

export const SAMPLE_PERSON: CardPerson = {
  idNumber: '079303012345',
  fullName: 'NGUYỄN THỊ MỸ HẠNH',
  dateOfBirth: '15/03/2003',
  sex: 'Nữ',
  placeOfOrigin: 'Phường Tân Định, Quận 1, TP. Hồ Chí Minh',
  placeOfResidence: '12 Nguyễn Trãi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh',
  expiryDate: '15/03/2028',
};

/** The DejaVu TTFs the receipts module embeds: every Vietnamese letter, the same on every machine. */
function fontFile(bold: boolean): string {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return path.join(dir, bold ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf');
}

async function textImage(text: string, size: number, bold: boolean): Promise<Buffer> {
  return sharp({
    text: {
      text: text.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
      font: `DejaVu Sans${bold ? ' Bold' : ''} ${String(size)}`,
      fontfile: fontFile(bold),
      rgba: true,
      dpi: 72,
    },
  })
    .png()
    .toBuffer();
}

/**
 * A photo of the front of a chip CCCD as a phone would send it: the printed labels in Vietnamese
 * and English, a portrait box, on the card's cream background; 1,100 × 700 px, JPEG.
 */
export async function idCardJpeg(person: CardPerson = SAMPLE_PERSON): Promise<Buffer> {
  const x = 330;
  const lines: [number, number, string, number, boolean][] = [
    [60, 30, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, true],
    [60, 64, 'Độc lập - Tự do - Hạnh phúc', 22, false],
    [x, 110, 'CĂN CƯỚC CÔNG DÂN', 34, true],
    [x, 165, `Số / No.: ${person.idNumber}`, 30, true],
    [x, 215, 'Họ và tên / Full name:', 20, false],
    [x, 243, person.fullName, 30, true],
    [x, 293, `Ngày sinh / Date of birth: ${person.dateOfBirth}`, 22, false],
    [x, 333, `Giới tính / Sex: ${person.sex}    Quốc tịch / Nationality: Việt Nam`, 22, false],
    [x, 373, 'Quê quán / Place of origin:', 20, false],
    [x, 401, person.placeOfOrigin, 22, false],
    [x, 445, 'Nơi thường trú / Place of residence:', 20, false],
    [x, 473, person.placeOfResidence, 22, false],
    [60, 620, `Có giá trị đến / Date of expiry: ${person.expiryDate}`, 20, false],
  ];
  const layers: OverlayOptions[] = await Promise.all(
    lines.map(async ([left, top, text, size, bold]) => ({ input: await textImage(text, size, bold), left, top })),
  );
  const portrait = Buffer.from('<svg width="230" height="300"><rect width="230" height="300" fill="#b9c6d6"/></svg>');
  layers.push({ input: portrait, left: 60, top: 130 });
  return sharp({ create: { width: 1100, height: 700, channels: 3, background: '#f4efe2' } })
    .composite(layers)
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A landscape photo: sky, sun, hills and grass, with no text anywhere. */
export async function landscapeJpeg(): Promise<Buffer> {
  const grass = Array.from({ length: 400 }, (_, i) => {
    const gx = (i * 97) % 1200;
    const gy = 560 + ((i * 53) % 240);
    return `<line x1="${gx}" y1="${gy}" x2="${gx + 4}" y2="${gy - 18}" stroke="#2f6b2a" stroke-width="2"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#5b8fd6"/><stop offset="1" stop-color="#cfe3f7"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#s)"/>
    <circle cx="930" cy="160" r="70" fill="#ffe27a"/>
    <path d="M0 520 Q 250 330 520 500 T 1200 450 V 800 H 0 Z" fill="#4d8a3f"/>
    <path d="M0 620 Q 400 480 800 600 T 1200 580 V 800 H 0 Z" fill="#6aa84f"/>
    ${grass}
  </svg>`;
  return sharp(Buffer.from(svg)).blur(1.2).jpeg({ quality: 88 }).toBuffer();
}
