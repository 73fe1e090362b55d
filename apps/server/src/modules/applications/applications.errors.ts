import { AppError, ValidationError, type FieldError } from '../../platform/errors.ts';

/** Thrown for an unknown code and for a wrong look-up key alike, so codes cannot be probed. */
export class ApplicationNotFoundError extends AppError {
  constructor() {
    super('APPLICATION.NOT_FOUND', 'No such dossier');
  }
}

/** Thrown when the e-form does not match the pinned procedure version's schema. */
export class FormInvalidError extends ValidationError {
  constructor(errors: readonly FieldError[]) {
    super(
      'Tờ khai chưa đúng hoặc còn thiếu. Vui lòng sửa các mục được nêu rồi gửi lại.',
      errors,
      'APPLICATION.FORM_INVALID',
    );
  }
}

/** Thrown when required documents are missing: every one of them is listed. */
export class DocumentsMissingError extends ValidationError {
  constructor(missing: readonly { key: string; name: string }[]) {
    super(
      `Hồ sơ còn thiếu: ${missing.map((d) => d.name).join('; ')}. Vui lòng chụp và đính kèm các giấy tờ này.`,
      missing.map((d) => ({ pointer: `/body/attachments/${d.key}`, message: `Thiếu: ${d.name}` })),
      'APPLICATION.DOCUMENTS_MISSING',
    );
  }
}

export class InvalidFilingError extends ValidationError {
  constructor(
    code: 'APPLICATION.ATTACHMENT_INVALID' | 'APPLICATION.CASE_INVALID' | 'APPLICATION.UNIT_INVALID',
    errors: readonly FieldError[],
    message: string,
  ) {
    super(message, errors, code);
  }
}

const decisionCodes = {
  TRANSITION_NOT_ALLOWED: 'APPLICATION.TRANSITION_NOT_ALLOWED',
  ALREADY_RESCHEDULED: 'APPLICATION.ALREADY_RESCHEDULED',
  RESCHEDULE_TOO_LATE: 'APPLICATION.RESCHEDULE_TOO_LATE',
  ROLE_NOT_ALLOWED: 'APPLICATION.FORBIDDEN',
  OUT_OF_SCOPE: 'APPLICATION.FORBIDDEN',
  REASON_REQUIRED: 'APPLICATION.REASON_REQUIRED',
  PAYLOAD_INVALID: 'APPLICATION.PAYLOAD_INVALID',
} as const;

/** Thrown when the workflow refuses an action: the code says why (409, 403 or 422). */
export class TransitionRejectedError extends AppError {
  constructor(reason: keyof typeof decisionCodes, action: string) {
    super(decisionCodes[reason], `Action ${action} refused: ${reason}`, { reason, action });
  }
}

/** Thrown when the dossier changed since the officer loaded it (another officer acted first). */
export class StaleRevisionError extends AppError {
  constructor() {
    super('APPLICATION.TRANSITION_NOT_ALLOWED', 'The dossier changed since it was loaded');
  }
}
