import type { SubmitApplicationBody } from '@motcua/contracts';
import type { FieldProblem, Problem } from '../../lib/http.ts';
import { normaliseText } from '../eform/form-data.ts';
import { asObject } from '../eform/schema.ts';
import type { Draft, FilingStep } from './draft.ts';

function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Builds the filing body from a draft; answers are trimmed and in NFC. */
export function buildSubmission(draft: Draft, channel: 'online' | 'zalo'): SubmitApplicationBody {
  const contact = asObject(normaliseText(draft.contact));
  const applicant = asObject(contact.applicant);
  const filer = asObject(contact.filer);
  const optional = (key: string) => {
    const value = text(applicant, key);
    return value === undefined ? {} : { [key]: value };
  };
  return {
    procedureCode: draft.procedureCode,
    ...(draft.caseKey === null ? {} : { caseKey: draft.caseKey }),
    ...(draft.unitEid === undefined ? {} : { unitEid: draft.unitEid }),
    applicant: {
      fullName: text(applicant, 'fullName') ?? '',
      phone: text(applicant, 'phone') ?? '',
      ...optional('email'),
      ...optional('idNumber'),
      ...optional('address'),
    },
    ...(contact.onBehalf === true
      ? {
          filer: {
            fullName: text(filer, 'fullName') ?? '',
            phone: text(filer, 'phone') ?? '',
            relation: text(filer, 'relation') ?? '',
          },
        }
      : {}),
    form: asObject(normaliseText(draft.form)),
    attachments: draft.attachments.map((a) => ({ documentKey: a.documentKey, uploadId: a.uploadId })),
    channel,
  };
}

/** Where a refused filing sends the citizen back to, with the server's words by field. */
export interface Rejection {
  step: FilingStep;
  /** Pointers inside the e-form. */
  form: FieldProblem[];
  /** By document key. */
  documents: Record<string, string>;
  /** Pointers inside the contact answers (`/applicant/phone`, `/filer/relation`). */
  contact: FieldProblem[];
}

const stepOrder: readonly FilingStep[] = ['case', 'form', 'documents', 'contact', 'review'];

/**
 * Sorts a 400/422 answer's field errors by step: `/body/form/…` to the e-form, `/body/attachments/<key
 * or upload id>` to that document, `/body/applicant|filer/…` to the contact step. The earliest step
 * with an error is where the citizen goes.
 */
export function routeRejection(problem: Problem, draft: Draft): Rejection {
  const rejection: Rejection = { step: 'review', form: [], documents: {}, contact: [] };
  const steps = new Set<FilingStep>();
  for (const { pointer, message } of problem.errors ?? []) {
    if (pointer === '/body/form' || pointer.startsWith('/body/form/')) {
      rejection.form.push({ pointer: pointer.slice('/body/form'.length), message });
      steps.add('form');
    } else if (pointer.startsWith('/body/attachments/')) {
      const ref = pointer.split('/')[3] ?? '';
      const key = draft.attachments.find((a) => a.uploadId === ref)?.documentKey ?? ref;
      rejection.documents[key] = message;
      steps.add('documents');
    } else if (pointer.startsWith('/body/applicant') || pointer.startsWith('/body/filer')) {
      rejection.contact.push({ pointer: pointer.slice('/body'.length), message });
      steps.add('contact');
    } else if (pointer.startsWith('/body/caseKey')) {
      steps.add('case');
    }
  }
  if (problem.code === 'APPLICATION.DOCUMENTS_MISSING' || problem.code === 'APPLICATION.ATTACHMENT_INVALID') {
    steps.add('documents');
  }
  rejection.step = stepOrder.find((step) => steps.has(step)) ?? 'review';
  return rejection;
}
