import type { FieldProposal, SubmitApplicationBody, UploadQualityIssue } from '@motcua/contracts';
import type { FormValue } from '../eform/form-data.ts';

export type FilingStep = 'case' | 'form' | 'documents' | 'contact' | 'review';

/** A photo or PDF uploaded for one document of the dossier (one page of it). */
export interface DraftAttachment {
  /** Local id of this page. */
  id: string;
  documentKey: string;
  uploadId: string;
  fileName: string;
  contentType: string;
  size: number;
  /** A small JPEG data URL to show the page again; absent for PDFs. */
  thumbnail?: string;
  /** The server's photo check: warnings, the file is kept either way. */
  issues: UploadQualityIssue[];
  /** The citizen chose to keep the photo despite the warnings. */
  issuesAccepted?: boolean;
  /** The upload's token: reads back the server's document check and the fields read from the photo. */
  token?: string;
  /** Fields the server read from a photo of an ID card, offered to the citizen (never filled in by itself). */
  proposals?: FieldProposal[];
}

/**
 * A dossier being prepared on this device, resumable from the home screen. The Idempotency-Key is
 * made once, with the draft, and kept: whatever happens to the connection, it files once.
 */
export interface Draft {
  id: string;
  procedureCode: string;
  procedureName: string;
  caseKey: string | null;
  /** The desk chosen to receive the dossier (where the citizen will come once); the first by default. */
  unitEid?: string;
  form: FormValue;
  attachments: DraftAttachment[];
  /** Who files: `{applicant, onBehalf, filer}`, answered on the contact step. */
  contact: FormValue;
  step: FilingStep;
  idempotencyKey: string;
  /**
   * The body of a submission whose outcome is unknown (no answer, or a server failure while
   * answering): retries resend exactly this body with the same key, and the answers stay frozen.
   */
  pending?: SubmitApplicationBody;
  createdAt: string;
  updatedAt: string;
}

export const filingSteps: readonly FilingStep[] = ['case', 'form', 'documents', 'contact', 'review'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the stored drafts that still have the fields this version of the app needs. */
export function parseDrafts(stored: unknown): Draft[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (item): item is Draft =>
      isRecord(item) &&
      typeof item.id === 'string' &&
      typeof item.procedureCode === 'string' &&
      typeof item.idempotencyKey === 'string' &&
      isRecord(item.form) &&
      Array.isArray(item.attachments) &&
      filingSteps.includes(item.step as FilingStep),
  );
}
