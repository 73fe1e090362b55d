import type { PhotoMetrics } from './pixel-metrics.ts';

/** What can be wrong with a photo of a document. */
export type QualityIssueCode = 'too_small' | 'blurry' | 'too_dark' | 'too_bright' | 'blank' | 'wrong_document';

/** One problem with the photo, with the advice shown to the citizen. */
export interface QualityIssue {
  code: QualityIssueCode;
  /** Vietnamese, shown to the citizen: what is wrong and how to retake the photo. */
  message: string;
}

/** A warning, never a refusal: the photo is stored either way and the citizen decides to retake it. */
export interface QualityReport {
  ok: boolean;
  issues: QualityIssue[];
}

/**
 * Thresholds, tuned on generated pages (dark "text" on white at 2000 × 1500, blurred with Gaussian
 * sigma 2–16, darkened, washed out, blank) and two natural photos; `quality.test.ts` pins them.
 * Metrics are measured after scaling the photo to a long side of `analysisLongSide`, so they do not
 * depend on the camera's resolution.
 */
export const QUALITY_THRESHOLDS = {
  /** Short side of the original below which a page of A4 text or an ID card's fine print is unreadable. */
  minShortSide: 700,
  analysisLongSide: 640,
  /**
   * A plain sheet, a wall or a covered lens: luminance barely varies. Pages with any text measure 35+;
   * a blank sheet with sensor noise measures 1–3.
   */
  blankMaxStdev: 8,
  /** Mean luminance below this: the page is in shadow. A dim but readable page measures ~80. */
  darkMaxMean: 55,
  /**
   * Washed out (over-exposure, flash glare): bright overall, and even the darkest 1 % of pixels is
   * light grey, so the ink is gone. A white page with black text measures p1 ≈ 0.
   */
  brightMinMean: 210,
  brightMinP1: 150,
  /**
   * Laplacian variance, brightness-normalised (see `sharpness`). Sharp pages measure ~12,000 and
   * natural photos 1,200–1,500. Gaussian blur at 2000 px: sigma 4 (soft, readable) ~600, sigma 6
   * ~200, sigma 8 (text unreadable) ~90; the same page darkened and blurred by 8 ~125; natural
   * photos blurred by 4 ~170–200, by 8 ~25–35.
   */
  blurMaxSharpness: 150,
  /** Brightness gain is capped so sensor noise in a nearly black picture is not taken for detail. */
  maxBrightnessGain: 4,
} as const;

/** One instruction per issue, in Vietnamese: what is wrong and what to do. */
export const QUALITY_MESSAGES: Readonly<Record<QualityIssueCode, string>> = {
  too_small:
    'Ảnh quá nhỏ nên chữ có thể không đọc được. Hãy chụp lại ở độ phân giải cao hơn, để giấy tờ chiếm gần hết khung hình.',
  blurry: 'Ảnh bị mờ. Hãy giữ máy chắc tay, chạm để lấy nét rồi chụp lại.',
  too_dark: 'Ảnh quá tối. Hãy chụp ở nơi đủ sáng hoặc bật thêm đèn, tránh để bóng che lên giấy tờ.',
  too_bright:
    'Ảnh quá sáng hoặc bị lóa nên chữ bị mất. Hãy tránh nắng chiếu thẳng, tắt đèn flash, nghiêng máy một chút rồi chụp lại.',
  blank: 'Ảnh gần như trống, không thấy nội dung giấy tờ. Hãy đặt giấy tờ vào giữa khung hình rồi chụp lại.',
  wrong_document:
    'Ảnh này có vẻ không phải giấy tờ được yêu cầu. Hãy kiểm tra lại; nếu đúng là giấy tờ này, bạn vẫn có thể giữ ảnh và nộp.',
};

/** The original dimensions and the metrics measured on the downscaled copy. */
export interface QualityInput {
  /** Dimensions of the photo as sent, before it is scaled down for storage. */
  width: number;
  height: number;
  metrics: PhotoMetrics;
}

/**
 * Laplacian variance as if the paper were white (its 99th percentile at 255), so a dim but sharp
 * page is not "blurry". Only the bright end is normalised: blur itself lifts the dark end (ink
 * smears into grey), and stretching that back would hide the blur being measured.
 */
export function sharpness(metrics: PhotoMetrics): number {
  const gain = 255 / Math.max(metrics.p99, 255 / QUALITY_THRESHOLDS.maxBrightnessGain);
  return metrics.laplacianVariance * gain * gain;
}

/** Judges a photo of a document from its size and luminance statistics. */
export function assessQuality(input: QualityInput): QualityReport {
  const t = QUALITY_THRESHOLDS;
  const m = input.metrics;
  const codes: QualityIssueCode[] = [];
  if (Math.min(input.width, input.height) < t.minShortSide) codes.push('too_small');
  if (m.stdev < t.blankMaxStdev) {
    // Blur and exposure say nothing about an empty frame; one clear instruction is better than three.
    codes.push('blank');
  } else {
    if (m.mean < t.darkMaxMean) codes.push('too_dark');
    if (m.mean > t.brightMinMean && m.p1 > t.brightMinP1) codes.push('too_bright');
    if (sharpness(m) < t.blurMaxSharpness) codes.push('blurry');
  }
  return { ok: codes.length === 0, issues: codes.map((code) => ({ code, message: QUALITY_MESSAGES[code] })) };
}
