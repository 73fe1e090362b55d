import { timingSafeEqual } from 'node:crypto';

export type Rating = 'very_satisfied' | 'satisfied' | 'unsatisfied';

/** Why a rating is refused: the result was not handed over yet, or "unsatisfied" came without a reason. */
export type RatingRefusal = 'NOT_RETURNED' | 'REASON_REQUIRED';

export type RatingCheck = { ok: true; reason: string | null } | { ok: false; refusal: RatingRefusal };

/**
 * Whether a dossier in this status may be rated, and the reason as stored: NFC, trimmed, null when
 * blank. The rating is asked for once the result was handed over (status 10); "không hài lòng"
 * needs a reason so the unit knows what to fix (QĐ 766 chỉ số 5.4 counts it as a dislike).
 */
export function checkRating(status: string, rating: Rating, reason: string | undefined): RatingCheck {
  if (status !== 'returned') return { ok: false, refusal: 'NOT_RETURNED' };
  const text = reason?.normalize('NFC').trim() ?? '';
  if (rating === 'unsatisfied' && text === '') return { ok: false, refusal: 'REASON_REQUIRED' };
  return { ok: true, reason: text === '' ? null : text };
}

/**
 * Compares the receipt's look-up key in constant time, ignoring case (keys are read off paper),
 * exactly as the public look-up does, so a wrong key cannot be told from an unknown code.
 */
export function keyMatches(stored: string, given: string): boolean {
  const a = Buffer.from(stored.toUpperCase());
  const b = Buffer.from(given.toUpperCase());
  return a.length === b.length && timingSafeEqual(a, b);
}
