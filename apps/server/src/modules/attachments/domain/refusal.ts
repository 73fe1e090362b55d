/**
 * Why a file is refused. The first group is a type we do not take (415); the second is a file of an
 * accepted type that is unsafe or unusable (422).
 */
export type UnsupportedReason = 'unknown_type' | 'executable' | 'heic_not_supported';

/** Reasons for refusing a file of an accepted type. */
export type RejectedReason =
  'empty' | 'polyglot' | 'pdf_active_content' | 'pdf_encrypted' | 'pdf_malformed' | 'too_many_pixels' | 'undecodable';

/** A refusal as domain functions return it; the use case turns it into an error. */
export type Refusal =
  | { ok: false; kind: 'unsupported'; reason: UnsupportedReason }
  | { ok: false; kind: 'rejected'; reason: RejectedReason; detail?: string };

/** A type we do not take. */
export function unsupported(reason: UnsupportedReason): Refusal {
  return { ok: false, kind: 'unsupported', reason };
}

/** A file of an accepted type that is unsafe or unusable; `detail` is for logs only. */
export function rejected(reason: RejectedReason, detail?: string): Refusal {
  return detail === undefined
    ? { ok: false, kind: 'rejected', reason }
    : { ok: false, kind: 'rejected', reason, detail };
}
