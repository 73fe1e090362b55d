import type { QualityIssue, QualityReport } from './quality.ts';

/** What a document slot asks for, as far as a photo can tell: an ID card, or a paper with text. */
export type ExpectedDocument = 'id_card' | 'text';

/** The assistant's verdict on one photo: whether it plausibly is the document the slot asks for. */
export interface DocumentCheck {
  expected: ExpectedDocument;
  matches: boolean;
}

/** The warning per expectation, in Vietnamese: what looks wrong and that the citizen may keep it. */
export const WRONG_DOCUMENT_MESSAGES: Readonly<Record<ExpectedDocument, string>> = {
  id_card:
    'Ảnh này có vẻ không phải thẻ căn cước: không đọc được số định danh 12 chữ số. Hãy chụp thẳng mặt trước của thẻ, đủ sáng và rõ nét. Nếu ảnh đã đúng, bạn vẫn có thể giữ ảnh và nộp.',
  text: 'Không tìm thấy chữ trong ảnh nên có thể đây không phải giấy tờ được yêu cầu. Hãy chụp đúng giấy tờ, thẳng và rõ chữ. Nếu ảnh đã đúng, bạn vẫn có thể giữ ảnh và nộp.',
};

/**
 * The photo's report with the document check folded in: an earlier verdict is replaced, a mismatch
 * adds one warning (never a refusal). A blank photo already has its own, clearer instruction, so
 * it gets no second one.
 */
export function withDocumentCheck(report: QualityReport, check: DocumentCheck | undefined): QualityReport {
  const issues: QualityIssue[] = report.issues.filter((i) => i.code !== 'wrong_document');
  const blank = issues.some((i) => i.code === 'blank');
  if (check && !check.matches && !blank) {
    issues.push({ code: 'wrong_document', message: WRONG_DOCUMENT_MESSAGES[check.expected] });
  }
  return { ok: issues.length === 0, issues };
}
