import { describe, expect, it } from 'vitest';
import { decideApplicationTotal } from './application-total.ts';
import { measureGrey, type PhotoMetrics } from './pixel-metrics.ts';
import { assessQuality, sharpness } from './quality.ts';

const sharpPage: PhotoMetrics = { mean: 198, stdev: 91, p1: 0, p99: 255, laplacianVariance: 12_000 };

function codes(metrics: Partial<PhotoMetrics>, width = 2000, height = 1500): string[] {
  return assessQuality({ width, height, metrics: { ...sharpPage, ...metrics } }).issues.map((i) => i.code);
}

describe('assessQuality', () => {
  it('passes a sharp, well-lit page', () => {
    expect(assessQuality({ width: 4000, height: 3000, metrics: sharpPage })).toEqual({ ok: true, issues: [] });
  });

  it.each([
    ['too_small', { width: 640, height: 480 }, {}],
    ['blurry', {}, { laplacianVariance: 120 }],
    ['too_dark', {}, { mean: 30, stdev: 14, p99: 40 }],
    ['too_bright', {}, { mean: 244, stdev: 14, p1: 214 }],
    ['blank', {}, { stdev: 2, laplacianVariance: 1 }],
  ] as const)('reports %s', (code, size, metrics) => {
    const report = assessQuality({ width: 2000, height: 1500, ...size, metrics: { ...sharpPage, ...metrics } });
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => i.code)).toEqual([code]);
    expect(report.issues[0]?.message).toMatch(/chụp lại|chụp ở/);
  });

  it('does not call a dim but sharp page blurry: sharpness is brightness-normalised', () => {
    // The sharp page darkened to a fifth: raw Laplacian variance falls 25-fold.
    expect(codes({ mean: 40, stdev: 18, p1: 0, p99: 51, laplacianVariance: 480 })).toEqual(['too_dark']);
    expect(sharpness({ ...sharpPage, p1: 0, p99: 51, laplacianVariance: 480 })).toBeGreaterThan(7000);
  });

  it('reports only "blank" for an empty frame', () => {
    expect(codes({ mean: 250, stdev: 0, p1: 250, p99: 250, laplacianVariance: 0 })).toEqual(['blank']);
  });

  it('keeps a white page with sparse ink from being "too bright"', () => {
    expect(codes({ mean: 240, stdev: 40, p1: 20 })).toEqual([]);
  });
});

describe('measureGrey', () => {
  it('measures a flat picture as flat and a checkerboard as full of edges', () => {
    const flat = { data: new Uint8Array(100).fill(128), width: 10, height: 10, channels: 1 };
    expect(measureGrey(flat)).toMatchObject({ mean: 128, stdev: 0, p1: 128, p99: 128, laplacianVariance: 0 });
    const checker = new Uint8Array(100).map((_, i) => (((i % 10) + Math.floor(i / 10)) % 2 ? 255 : 0));
    const measured = measureGrey({ data: checker, width: 10, height: 10, channels: 1 });
    expect(measured.mean).toBeCloseTo(127.5);
    expect(measured.laplacianVariance).toBeGreaterThan(100_000);
  });
});

describe('decideApplicationTotal', () => {
  it('counts each upload once and compares with the limit', () => {
    const a = { id: 'a', size: 30 };
    expect(decideApplicationTotal([a, a, { id: 'b', size: 20 }], 50)).toEqual({ ok: true, totalBytes: 50 });
    expect(decideApplicationTotal([a, { id: 'b', size: 21 }], 50)).toEqual({
      ok: false,
      reason: 'too_large',
      totalBytes: 51,
      maxBytes: 50,
    });
  });
});
