/** A document of the chosen case, as the pinned procedure version lists it. */
export interface CaseDocument {
  key: string;
  name: string;
  required: boolean;
  presentOnly?: boolean;
  filledByForm?: boolean;
}

export interface DocumentCheck {
  /** Required documents with no attachment: all of them, in one list (NĐ 61/2018: guide once, completely). */
  missing: CaseDocument[];
  /** Attachment keys that name no document of the case. */
  unknown: string[];
}

/**
 * Checks attachments against the case's document list. Papers only shown at the desk (xuất trình)
 * are not asked for online, nor is the declaration when the e-form stands in for it.
 */
export function checkDocuments(
  documents: readonly CaseDocument[],
  attachedKeys: readonly string[],
  hasForm = false,
): DocumentCheck {
  const attached = new Set(attachedKeys);
  const known = new Set(documents.map((d) => d.key));
  const asked = (d: CaseDocument): boolean => d.required && !d.presentOnly && !(hasForm && d.filledByForm);
  return {
    missing: documents.filter((d) => asked(d) && !attached.has(d.key)),
    unknown: [...new Set(attachedKeys.filter((k) => !known.has(k)))],
  };
}
