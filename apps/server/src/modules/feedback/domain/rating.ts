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
