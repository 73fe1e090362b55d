/** One recognised word and the recogniser's confidence in it (0–100). */
export interface OcrWord {
  text: string;
  confidence: number;
}

/** One line of text as recognised, top to bottom. */
export interface OcrLine {
  text: string;
  confidence: number;
  words: OcrWord[];
}

/** What the recogniser made of one photo. */
export interface OcrPage {
  lines: OcrLine[];
}

/** Words the recogniser is fairly sure of, with at least two letters or digits: real text, not noise. */
export function confidentWords(page: OcrPage, minConfidence = 70): OcrWord[] {
  return page.lines
    .flatMap((line) => line.words)
    .filter((w) => w.confidence >= minConfidence && (w.text.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2);
}

/** The page's text, one line per line, NFC. */
export function pageText(page: OcrPage): string {
  return page.lines
    .map((l) => l.text.normalize('NFC').trim())
    .filter((t) => t !== '')
    .join('\n');
}
