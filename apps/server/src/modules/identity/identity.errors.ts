import { errorCatalog } from '@motcua/contracts';
import { AppError, ValidationError, type FieldError } from '../../platform/errors.ts';

/** Thrown when the username is unknown, the password is wrong, or the account cannot sign in. */
export class InvalidCredentialsError extends AppError {
  constructor() {
    super('AUTH.INVALID_CREDENTIALS', 'Invalid username or password');
  }
}

/** Thrown when the password was right but the account needs a TOTP code and none was sent. */
export class TotpRequiredError extends AppError {
  constructor() {
    super('AUTH.TOTP_REQUIRED', 'A TOTP code is required');
  }
}

/** Thrown when the TOTP code sent does not match the current time window (±1 step). */
export class TotpInvalidError extends AppError {
  constructor() {
    super('AUTH.TOTP_INVALID', 'The TOTP code is invalid');
  }
}

/** Thrown while an account is locked after repeated failed sign-ins, whatever the password. */
export class AccountLockedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('AUTH.LOCKED', 'The account is temporarily locked', { retryAfterSeconds });
  }
}

/** Thrown when a request has no session, or its session is revoked, expired or idle too long. */
export class UnauthenticatedError extends AppError {
  constructor() {
    super('AUTH.UNAUTHENTICATED', 'No valid session');
  }
}

/** Thrown when a state-changing request lacks the session's `x-csrf-token` header. */
export class CsrfError extends AppError {
  constructor() {
    super('AUTH.CSRF', 'Missing or wrong CSRF token');
  }
}

/** Thrown when the officer holds none of the roles an action needs on the unit concerned. */
export class ForbiddenError extends AppError {
  constructor() {
    super('AUTH.FORBIDDEN', 'The officer has no role for this action on this unit');
  }
}

/** Thrown when a new password breaks the password policy. */
export class WeakPasswordError extends AppError {
  constructor(readonly reason: string) {
    super('IDENTITY.WEAK_PASSWORD', `Weak password: ${reason}`, { reason });
  }
}

/** Thrown when an officer with this username already exists in the province. */
export class UsernameTakenError extends AppError {
  constructor() {
    super('IDENTITY.USERNAME_TAKEN', 'Username already taken');
  }
}

/** Thrown for an unknown officer id, and for another province's officer alike. */
export class OfficerNotFoundError extends AppError {
  constructor() {
    super('IDENTITY.OFFICER_NOT_FOUND', errorCatalog['IDENTITY.OFFICER_NOT_FOUND'].vi);
  }
}

/** Thrown when role grants name units the province does not have. */
export class RolesInvalidError extends ValidationError {
  constructor(errors: readonly FieldError[]) {
    super(errorCatalog['IDENTITY.ROLES_INVALID'].vi, errors, 'IDENTITY.ROLES_INVALID');
  }
}

/** Thrown when admins would deactivate themselves or remove their own admin role. */
export class SelfLockoutError extends AppError {
  constructor() {
    super('IDENTITY.SELF_LOCKOUT', errorCatalog['IDENTITY.SELF_LOCKOUT'].vi);
  }
}
