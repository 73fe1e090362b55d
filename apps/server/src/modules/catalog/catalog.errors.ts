import { AppError } from '../../platform/errors.ts';

/** Thrown when a province has no published procedure with the code asked for. */
export class ProcedureNotFoundError extends AppError {
  constructor(code: string) {
    super('CATALOG.PROCEDURE_NOT_FOUND', `No published procedure ${code}`, { code });
  }
}
