import { describe, expect, it } from 'vitest';
import { fitWithin, MAX_LONG_SIDE, prepareFile } from './compress-image.ts';

describe('photo shrinking', () => {
  it('keeps the long side at most 2,000 px and the proportions', () => {
    expect(fitWithin(4000, 3000, MAX_LONG_SIDE)).toEqual({ width: 2000, height: 1500 });
    expect(fitWithin(3024, 4032, MAX_LONG_SIDE)).toEqual({ width: 1500, height: 2000 });
    expect(fitWithin(1200, 900, MAX_LONG_SIDE)).toEqual({ width: 1200, height: 900 });
  });

  it('sends a PDF as it is', async () => {
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    expect(await prepareFile(pdf, 'to-khai.pdf')).toEqual({ blob: pdf, fileName: 'to-khai.pdf' });
  });
});
