import { describe, expect, it } from 'vitest';
import { WRONG_DOCUMENT_MESSAGES, withDocumentCheck } from './document-check.ts';
import { QUALITY_MESSAGES } from './quality.ts';

const blurry = { ok: false, issues: [{ code: 'blurry' as const, message: QUALITY_MESSAGES.blurry }] };

describe('withDocumentCheck', () => {
  it('adds one warning for a mismatch, replaces an earlier verdict and clears it on a match', () => {
    const wrong = withDocumentCheck({ ok: true, issues: [] }, { expected: 'id_card', matches: false });
    expect(wrong).toEqual({
      ok: false,
      issues: [{ code: 'wrong_document', message: WRONG_DOCUMENT_MESSAGES.id_card }],
    });
    const again = withDocumentCheck(wrong, { expected: 'text', matches: false });
    expect(again.issues).toEqual([{ code: 'wrong_document', message: WRONG_DOCUMENT_MESSAGES.text }]);
    expect(withDocumentCheck(again, { expected: 'text', matches: true })).toEqual({ ok: true, issues: [] });
    expect(withDocumentCheck(blurry, { expected: 'text', matches: true })).toEqual(blurry);
  });

  it('says nothing more about a blank photo, which already has its instruction', () => {
    const blank = { ok: false, issues: [{ code: 'blank' as const, message: QUALITY_MESSAGES.blank }] };
    expect(withDocumentCheck(blank, { expected: 'id_card', matches: false })).toEqual(blank);
  });

  it('words every warning in Vietnamese, NFC, as a warning the citizen may override', () => {
    for (const message of Object.values(WRONG_DOCUMENT_MESSAGES)) {
      expect(message).toBe(message.normalize('NFC'));
      expect(message).toMatch(/vẫn có thể giữ ảnh và nộp/);
    }
  });
});
