import { describe, expect, it } from 'vitest';
import { procedureDetail, BIRTH } from '../../test/filing-fixtures.ts';
import {
  documentsAsked,
  filesOnBehalf,
  isAuthorisationLetter,
  isRequiredNow,
  missingDocuments,
} from './document-need.ts';
import type { DocumentRequirement } from './types.ts';

function doc(key: string, name: string, required = true): DocumentRequirement {
  return { key, name, originals: 1, copies: 0, required };
}

describe('isAuthorisationLetter', () => {
  it.each([
    [doc('van-ban-uy-quyen', 'Giấy tờ khác'), true],
    [doc('giay-to-1', 'Văn bản ủy quyền được chứng thực'), true],
    [doc('giay-to-2', 'Văn bản uỷ quyền theo quy định, nếu ủy quyền'), true],
    [doc('giay-to-3', 'Giấy ủy quyền nhận kết quả'), true],
    // A household's authorisation of its head is a document of the case, not of who files it.
    [doc('giay-to-4', 'Bản sao văn bản ủy quyền của thành viên hộ gia đình'), false],
    [doc('giay-chung-sinh', 'Giấy chứng sinh'), false],
  ])('%o → %s', (document, expected) => {
    expect(isAuthorisationLetter(document)).toBe(expected);
  });
});

describe('isRequiredNow', () => {
  const letter = doc('van-ban-uy-quyen', 'Văn bản ủy quyền');
  const certificate = doc('giay-chung-sinh', 'Giấy chứng sinh');
  it.each([
    [letter, false, false],
    [letter, true, true],
    [{ ...letter, required: false }, true, false],
    [certificate, false, true],
    [certificate, true, true],
  ])('%o, on behalf %s → %s', (document, onBehalf, expected) => {
    expect(isRequiredNow(document, onBehalf)).toBe(expected);
  });
});

describe('documentsAsked', () => {
  const base = procedureDetail(BIRTH);
  const procedure = {
    ...base,
    cases: base.cases.map((c) => ({
      ...c,
      documents: c.documents.map((d) => (d.key === 'van-ban-uy-quyen' ? { ...d, required: true } : d)),
    })),
  };
  const caseKey = procedure.cases[0]?.key ?? null;
  const letterOf = (onBehalf: boolean) =>
    documentsAsked(procedure, caseKey, onBehalf).find((d) => d.key === 'van-ban-uy-quyen');

  it('asks for the authorisation letter only of someone filing for another person', () => {
    expect(letterOf(false)?.required).toBe(false);
    expect(letterOf(true)?.required).toBe(true);
  });

  it('lists what is still missing', () => {
    const documents = documentsAsked(procedure, caseKey, true);
    const required = documents.filter((d) => d.required).map((d) => d.key);
    expect(missingDocuments(documents, []).map((d) => d.key)).toEqual(required);
    expect(missingDocuments(documents, required)).toEqual([]);
  });
});

describe('filesOnBehalf', () => {
  it.each([
    [{ onBehalf: true }, true],
    [{ onBehalf: false }, false],
    [{}, false],
    [null, false],
  ])('%o → %s', (contact, expected) => {
    expect(filesOnBehalf(contact)).toBe(expected);
  });
});
