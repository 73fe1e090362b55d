/**
 * An expected failure with a stable code (`MODULE.REASON`) that clients translate. Modules subclass
 * it in `<module>.errors.ts`; the HTTP layer maps the code to a status through one table.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface FieldError {
  /** JSON pointer into the request (`/query/limit`, `/body/applicant/phone`). */
  pointer: string;
  message: string;
}

/** Bad input that names the fields at fault. */
export class ValidationError extends AppError {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly errors: readonly FieldError[],
    code = 'REQUEST.INVALID',
  ) {
    super(code, message);
  }
}

export interface RowProblem {
  /** 1-based line of the file where the bad record starts. */
  line: number;
  message: string;
}

/** An import file had bad rows: nothing was written, and every bad row is listed. */
export class ImportRejectedError extends AppError {
  override name = 'ImportRejectedError';
  constructor(
    code: string,
    readonly what: string,
    readonly problems: readonly RowProblem[],
  ) {
    super(code, `${what}: ${problems.length} bad row(s); nothing imported`);
  }
}
