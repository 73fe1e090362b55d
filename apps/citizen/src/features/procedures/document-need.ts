import { documentsToUpload, type DocumentRequirement, type ProcedureDetail } from './types.ts';

/** Spellings of "ủy" differ between sources (ủy, uỷ); both are read as one. */
function plain(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/uỷ/g, 'ủy').trim();
}

const AUTHORISATION_KEYS = new Set(['van-ban-uy-quyen', 'giay-uy-quyen']);
const AUTHORISATION_NAMES = ['văn bản ủy quyền', 'giấy ủy quyền'];

/**
 * Whether a document is the authorisation letter (văn bản ủy quyền) of someone filing for another
 * person. Catalogues list it with the case, but it only applies when the dossier is filed on
 * another's behalf (for civil status, Luật Hộ tịch Điều 6).
 */
export function isAuthorisationLetter(document: Pick<DocumentRequirement, 'key' | 'name'>): boolean {
  if (AUTHORISATION_KEYS.has(document.key)) return true;
  const name = plain(document.name);
  return AUTHORISATION_NAMES.some((start) => name.startsWith(start));
}

/** Whether the citizen said, in the contact step, that they file for someone else (nộp hộ). */
export function filesOnBehalf(contact: unknown): boolean {
  return typeof contact === 'object' && contact !== null && (contact as { onBehalf?: unknown }).onBehalf === true;
}

/**
 * Whether a document must be attached in the current case: as the list says, except that an
 * authorisation letter is never required from a citizen filing for themselves.
 */
export function isRequiredNow(document: DocumentRequirement, onBehalf: boolean): boolean {
  return document.required && (onBehalf || !isAuthorisationLetter(document));
}

/** The documents to photograph for the chosen case, each marked required only when it is now. */
export function documentsAsked(procedure: ProcedureDetail, caseKey: string | null, onBehalf: boolean) {
  return documentsToUpload(procedure, caseKey).map((document) => ({
    ...document,
    required: isRequiredNow(document, onBehalf),
  }));
}

/** The documents required now that have no page attached yet. */
export function missingDocuments(
  documents: readonly DocumentRequirement[],
  attachedKeys: readonly string[],
): DocumentRequirement[] {
  const attached = new Set(attachedKeys);
  return documents.filter((document) => document.required && !attached.has(document.key));
}
