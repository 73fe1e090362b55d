import { toSubmission } from '../eforms/schema-values.ts';
import { asSchema, stringOf, type JsonSchema } from '../eforms/schema.ts';
import type { DocumentRequirement } from '../procedures/types.ts';
import type { AttachedScan, SubmitApplicationBody } from './types.ts';

/** What the desk officer typed about the applicant. */
export interface ApplicantValues {
  fullName?: string;
  phone?: string;
  email?: string;
  idNumber?: string;
  address?: string;
}

export interface WalkInDraft {
  procedureCode: string;
  caseKey: string;
  unitEid: string;
  applicant: ApplicantValues;
  formSchema: JsonSchema | null;
  formValues: Record<string, unknown>;
  scans: readonly AttachedScan[];
}

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  return text === '' ? undefined : text;
}

/** The body of `POST /console/applications`: optional blanks left out, the e-form cleaned for its schema. */
export function walkInBody(draft: WalkInDraft): SubmitApplicationBody {
  const { applicant } = draft;
  const email = trimmed(applicant.email);
  const idNumber = trimmed(applicant.idNumber);
  const address = trimmed(applicant.address);
  return {
    procedureCode: draft.procedureCode,
    caseKey: draft.caseKey,
    unitEid: draft.unitEid,
    applicant: {
      fullName: trimmed(applicant.fullName) ?? '',
      phone: (trimmed(applicant.phone) ?? '').replace(/\s+/g, ''),
      ...(email !== undefined && { email }),
      ...(idNumber !== undefined && { idNumber }),
      ...(address !== undefined && { address }),
    },
    form: draft.formSchema ? toSubmission(draft.formSchema, draft.formValues) : {},
    attachments: draft.scans.map((scan) => ({ documentKey: scan.documentKey, uploadId: scan.upload.id })),
  };
}

/** The documents scanned at the desk: not those only shown (xuất trình), nor the form the e-form replaces. */
export function documentsToScan(documents: readonly DocumentRequirement[], hasForm: boolean): DocumentRequirement[] {
  return documents.filter((document) => document.presentOnly !== true && !(hasForm && document.filledByForm === true));
}

/** Required documents with no scan yet. */
export function missingScans(documents: readonly DocumentRequirement[], scans: readonly AttachedScan[]): string[] {
  return documents
    .filter((document) => document.required && !scans.some((scan) => scan.documentKey === document.key))
    .map((document) => document.name);
}

/**
 * A server field error's pointer (`/body/form/child/fullName`) as the officer knows the field:
 * the schema's titles along the path (`Người được khai sinh › Họ, chữ đệm và tên`).
 */
export function pointerLabel(schema: JsonSchema | null, pointer: string): string {
  const parts = pointer
    .replace(/^\/body\/form\/?/, '')
    .split('/')
    .filter((part) => part !== '');
  const titles: string[] = [];
  let node = asSchema(schema);
  for (const part of parts) {
    const properties = asSchema(node['properties']);
    node = /^\d+$/.test(part) ? asSchema(node['items']) : asSchema(properties[part]);
    titles.push(/^\d+$/.test(part) ? String(Number(part) + 1) : (stringOf(node, 'title') ?? part));
  }
  return titles.join(' › ');
}
