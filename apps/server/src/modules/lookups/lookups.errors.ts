import { AppError, ValidationError } from '../../platform/errors.ts';

/** Thrown for a look-up kind the system does not have. */
export class LookupKindNotFoundError extends AppError {
  constructor(kind: string) {
    super('LOOKUP.KIND_NOT_FOUND', `No look-up of kind ${kind}`, { kind });
  }
}

/** Thrown when the province has no dataset of the kind yet. */
export class LookupNotAvailableError extends AppError {
  constructor(kind: string) {
    super('LOOKUP.NOT_AVAILABLE', `No ${kind} data for the province`, { kind });
  }
}

/** Thrown when the query does not fit the kind (a plate, 12 digits, a street name); the message says what to type. */
export class LookupQueryInvalidError extends ValidationError {
  constructor(message: string) {
    super(message, [{ pointer: '/query/q', message }], 'LOOKUP.QUERY_INVALID');
  }
}
