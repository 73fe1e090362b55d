/** Numbers the photo check needs, measured on a downscaled greyscale copy. */
export interface PhotoMetrics {
  /** Mean luminance, 0–255. */
  mean: number;
  /** Standard deviation of luminance. */
  stdev: number;
  /** 1st and 99th percentiles of luminance: the ink and the paper, ignoring a few stray pixels. */
  p1: number;
  p99: number;
  /** Variance of the 4-neighbour Laplacian: high when edges are crisp, near zero when blurred. */
  laplacianVariance: number;
}

/** Raw pixels as the image library returns them. */
export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
  /** Bytes per pixel; luminance is the first of them. */
  channels: number;
}

function percentile(histogram: readonly number[], count: number, fraction: number): number {
  const target = fraction * count;
  let seen = 0;
  for (let level = 0; level < histogram.length; level += 1) {
    seen += histogram[level] ?? 0;
    if (seen >= target) return level;
  }
  return 255;
}

/** Luminance statistics and Laplacian variance over raw greyscale pixels. */
export function measureGrey(image: GreyImage): PhotoMetrics {
  const { data, width, height, channels } = image;
  const count = width * height;
  const histogram = new Array<number>(256).fill(0);
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < count; i += 1) {
    const v = data[i * channels] ?? 0;
    histogram[v] = (histogram[v] ?? 0) + 1;
    sum += v;
    sumSquares += v * v;
  }
  const mean = count > 0 ? sum / count : 0;
  const variance = count > 0 ? Math.max(0, sumSquares / count - mean * mean) : 0;
  return {
    mean,
    stdev: Math.sqrt(variance),
    p1: percentile(histogram, count, 0.01),
    p99: percentile(histogram, count, 0.99),
    laplacianVariance: laplacianVariance(image),
  };
}

function laplacianVariance({ data, width, height, channels }: GreyImage): number {
  if (width < 3 || height < 3) return 0;
  const at = (x: number, y: number): number => data[(y * width + x) * channels] ?? 0;
  let sum = 0;
  let sumSquares = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const l = at(x - 1, y) + at(x + 1, y) + at(x, y - 1) + at(x, y + 1) - 4 * at(x, y);
      sum += l;
      sumSquares += l * l;
      n += 1;
    }
  }
  const mean = sum / n;
  return Math.max(0, sumSquares / n - mean * mean);
}
