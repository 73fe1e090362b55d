import type { SubmitApplicationBody, UploadCreated } from '@motcua/contracts';
import type { ActionResult } from '../applications/types.ts';

export type { SubmitApplicationBody, UploadCreated };

/** `POST /console/applications` → 201: the accepted dossier, its look-up key and its receipt. */
export interface WalkInRecorded {
  state: ActionResult;
  lookupKey: string;
  /** Mẫu 01 (A5) to print for the citizen while they wait. */
  receiptUrl: string;
}

/** A booked visit at one of the officer's units. */
export interface Visit {
  start: string;
  end: string;
  code: string | null;
  applicantName: string;
  procedureName: string;
  status: string;
}

/** A scan attached at the desk, and the document of the case it stands for. */
export interface AttachedScan {
  documentKey: string;
  upload: UploadCreated;
  fileName: string;
}
