import { errorCatalog } from '@motcua/contracts';
import { AppError, ValidationError } from '../../platform/errors.ts';

/** Thrown when no province has the slug in the URL. */
export class TenantNotFoundError extends AppError {
  constructor(slug: string) {
    super('TENANT.NOT_FOUND', `No tenant with slug ${slug}`, { slug });
  }
}

/** Thrown for an unknown unit id, and for another province's unit alike. */
export class UnitNotFoundError extends AppError {
  constructor() {
    super('TENANT.UNIT_NOT_FOUND', errorCatalog['TENANT.UNIT_NOT_FOUND'].vi);
  }
}

/** Thrown when a new unit's e-ID is not in the agency code format (see `isAgencyEid`). */
export class UnitEidInvalidError extends ValidationError {
  constructor() {
    super(
      errorCatalog['TENANT.UNIT_EID_INVALID'].vi,
      [{ pointer: '/body/eid', message: 'V1V2V3.Z1Z2.Y1Y2.MX1X2' }],
      'TENANT.UNIT_EID_INVALID',
    );
  }
}

/** Thrown when another unit of the province already has the e-ID. */
export class UnitEidTakenError extends AppError {
  constructor() {
    super('TENANT.UNIT_EID_TAKEN', errorCatalog['TENANT.UNIT_EID_TAKEN'].vi);
  }
}

/** Thrown when the parent is unknown, the unit itself or one of its descendants. */
export class UnitParentInvalidError extends ValidationError {
  constructor() {
    super(
      errorCatalog['TENANT.UNIT_PARENT_INVALID'].vi,
      [{ pointer: '/body/parentId', message: 'invalid parent' }],
      'TENANT.UNIT_PARENT_INVALID',
    );
  }
}

/** Thrown for a make-up working day on a day that is already a working day by the weekly rule. */
export class CalendarDayInvalidError extends ValidationError {
  constructor(message: string) {
    super(
      errorCatalog['TENANT.CALENDAR_DAY_INVALID'].vi,
      [{ pointer: '/body/kind', message }],
      'TENANT.CALENDAR_DAY_INVALID',
    );
  }
}

/** Thrown when removing a day that has no calendar row. */
export class CalendarDayNotFoundError extends AppError {
  constructor() {
    super('TENANT.CALENDAR_DAY_NOT_FOUND', errorCatalog['TENANT.CALENDAR_DAY_NOT_FOUND'].vi);
  }
}

/** Thrown when connecting the Zalo OA before the app ids and both secrets are stored. */
export class ZaloNotConfiguredError extends AppError {
  constructor() {
    super('CHANNEL.ZALO_NOT_CONFIGURED', errorCatalog['CHANNEL.ZALO_NOT_CONFIGURED'].vi);
  }
}
