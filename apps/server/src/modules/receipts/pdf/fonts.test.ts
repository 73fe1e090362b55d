import { describe, expect, it } from 'vitest';
import { renderRefusal } from '../index.ts';
import { pdfText } from './poppler.ts';
import { sampleRefusal } from './sample-views.ts';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
// No mark, huyền, sắc, hỏi, ngã, nặng.
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Every precomposed Vietnamese letter: 72 toned vowels and đ, in both cases. */
function vietnameseAlphabet(): string[] {
  const lower = [...VOWELS.flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC'))), 'đ'];
  return [...lower, ...lower.map((l) => l.toUpperCase())];
}

describe('fonts', () => {
  it('carry every Vietnamese letter in the body and in the header, and ₫ in the body', async () => {
    const letters = vietnameseAlphabet();
    expect(letters).toHaveLength(146);
    const view = sampleRefusal();
    const pdf = await renderRefusal({
      ...view,
      header: { ...view.header, place: letters.join('') },
      reason: `${letters.join(' ')} 1.000 ₫`,
    });
    const text = await pdfText(pdf);
    const body = text.slice(text.indexOf('lý do cụ thể'));
    const header = text.slice(0, text.indexOf('PHIẾU TỪ CHỐI'));
    for (const letter of letters) {
      expect(body, letter).toContain(letter);
      expect(header.replace(/\s+/g, ''), letter).toContain(letter);
    }
    expect(body).toContain('1.000 ₫');
  });
});
