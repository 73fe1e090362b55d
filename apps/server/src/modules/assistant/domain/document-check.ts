import { fold } from './fold.ts';
import { hasIdNumber } from './id-card.ts';
import { confidentWords, type OcrPage } from './ocr-page.ts';

/** At least this many confidently read words make "text found" (noise in a landscape makes a few). */
export const MIN_TEXT_WORDS = 4;

/** What the assistant can tell of a photo for a slot expecting an ID card or a paper with text. */
export interface DocumentVerdict {
  textFound: boolean;
  matches: boolean;
}

/**
 * Judges whether a photo plausibly is the document asked for, only where it can be told: a paper
 * with text must show text; an ID card must show a 12-digit ID number (a passport, accepted by
 * the same slots, says "hộ chiếu" / "passport"). A verdict is a warning for the person, never a
 * refusal.
 */
export function judgeDocument(expected: 'id_card' | 'text', page: OcrPage): DocumentVerdict {
  const textFound = confidentWords(page).length >= MIN_TEXT_WORDS;
  if (expected === 'text') return { textFound, matches: textFound };
  const passport = /\b(ho chieu|passport)\b/.test(fold(page.lines.map((l) => l.text).join(' ')));
  return { textFound, matches: hasIdNumber(page) || (textFound && passport) };
}
