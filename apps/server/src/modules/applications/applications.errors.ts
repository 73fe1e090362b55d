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
