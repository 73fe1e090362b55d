import { errorCatalog } from '@motcua/contracts';
import { AppError, ValidationError, type FieldError } from '../../platform/errors.ts';

/** Thrown when a province has no published procedure with the code asked for. */
export class ProcedureNotFoundError extends AppError {
  constructor(code: string) {
    super('CATALOG.PROCEDURE_NOT_FOUND', `No published procedure ${code}`, { code });
  }
}

/** Thrown when a definition sent for publishing is invalid; `errors` point into the request body. */
export class DefinitionInvalidError extends ValidationError {
  constructor(errors: readonly FieldError[]) {
    super(errorCatalog['CATALOG.DEFINITION_INVALID'].vi, errors, 'CATALOG.DEFINITION_INVALID');
  }
}
