import { AppError, ValidationError } from '../../platform/errors.ts';

/** Thrown when the dossier's status has no visit to book (see `VISIT_STATUSES`). */
export class VisitNotAllowedError extends AppError {
  constructor(status: string) {
    super('VISIT.NOT_ALLOWED', `No visit can be booked for a dossier in status ${status}`, { status });
  }
}

/** Thrown when the slot has no place left at the desk. */
export class SlotFullError extends AppError {
  constructor() {
    super('VISIT.SLOT_FULL', 'The slot is full');
  }
}

/** Thrown when the start is not one of the offered slots. */
export class SlotInvalidError extends ValidationError {
  constructor() {
    super(
      'Thời điểm đã chọn không phải là khung giờ được mở đặt lịch.',
      [{ pointer: '/body/start', message: 'Không phải khung giờ được mở đặt lịch' }],
      'VISIT.SLOT_INVALID',
    );
  }
}

/** Thrown when the day asked for is not a real date. */
export class VisitDayInvalidError extends ValidationError {
  constructor() {
    super('Ngày không hợp lệ.', [{ pointer: '/query/date', message: 'Không phải ngày có thật' }]);
  }
}
