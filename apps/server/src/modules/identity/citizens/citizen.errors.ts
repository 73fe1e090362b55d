import { AppError } from '../../../platform/errors.ts';

/** Thrown when a sign-in code is wrong, expired, already used or burnt by too many guesses. */
export class OtpInvalidError extends AppError {
  constructor() {
    super('AUTH.OTP_INVALID', 'The sign-in code is invalid or expired');
  }
}

/** Thrown when a phone number asked for too many codes in a short time. */
export class OtpThrottledError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('AUTH.OTP_THROTTLED', 'Too many sign-in codes requested', { retryAfterSeconds });
  }
}
