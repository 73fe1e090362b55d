import { AppError, ValidationError } from '../../platform/errors.ts';

/** Thrown when the result has not been handed over yet (rating comes after status 10). */
export class FeedbackNotAllowedError extends AppError {
  constructor(status: string) {
    super('FEEDBACK.NOT_ALLOWED', `A dossier in status ${status} cannot be rated yet`, { status });
  }
}

/** Thrown when the dossier was already rated: one rating per dossier. */
export class FeedbackAlreadyGivenError extends AppError {
  constructor() {
    super('FEEDBACK.ALREADY_GIVEN', 'The dossier was already rated');
  }
}

/** Thrown when "unsatisfied" comes without a reason (or only blanks). */
export class ReasonRequiredError extends ValidationError {
  constructor() {
    super(
      'Vui lòng cho biết lý do chưa hài lòng để cơ quan khắc phục.',
      [{ pointer: '/body/reason', message: 'Bắt buộc khi không hài lòng' }],
      'FEEDBACK.REASON_REQUIRED',
    );
  }
}

/** Thrown when the list's period is not two real dates in order. */
export class FeedbackRangeInvalidError extends ValidationError {
  constructor(pointer: string) {
    super(
      'Khoảng thời gian không hợp lệ: ngày bắt đầu phải là ngày có thật và không sau ngày kết thúc.',
      [{ pointer, message: 'Ngày không hợp lệ' }],
      'FEEDBACK.RANGE_INVALID',
    );
  }
}
