import { AppError, ValidationError, type FieldError } from '../../platform/errors.ts';

export class BroadcastInvalidError extends ValidationError {
  constructor(errors: readonly FieldError[]) {
    super('Thông báo chưa hợp lệ. Vui lòng sửa các mục được nêu rồi gửi lại.', errors, 'BROADCAST.INVALID');
  }
}

export class BroadcastNotFoundError extends AppError {
  constructor() {
    super('BROADCAST.NOT_FOUND', 'Broadcast not found');
  }
}

export class BroadcastNotCancellableError extends AppError {
  constructor(status: string) {
    super('BROADCAST.NOT_CANCELLABLE', `A broadcast in status ${status} cannot be cancelled`, { status });
  }
}

export class OaNotConnectedError extends AppError {
  constructor() {
    super('BROADCAST.OA_NOT_CONNECTED', 'The province has not connected its Zalo OA');
  }
}
