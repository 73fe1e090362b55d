import { errorCatalog } from '@motcua/contracts';
import { ValidationError } from '../../platform/errors.ts';

/** Thrown when the period's days are not real dates, or it ends before it starts. */
export class RangeInvalidError extends ValidationError {
  constructor(reason: string) {
    super(
      errorCatalog['REPORTS.RANGE_INVALID'].vi,
      [{ pointer: '/query/from', message: reason }],
      'REPORTS.RANGE_INVALID',
    );
  }
}
