import { errorCatalog } from '@motcua/contracts';
import { AppError, ValidationError } from '../../platform/errors.ts';

/** No key, or an unknown, revoked or another province's key (401; the same answer for each). */
export class IntegratorUnauthenticatedError extends AppError {
  constructor() {
    super('INTEGRATION.UNAUTHENTICATED', 'API key missing, unknown or revoked');
  }
}

/** The key is valid but lacks the scope the route needs (403). */
export class ScopeMissingError extends AppError {
  constructor(scope: string) {
    super('INTEGRATION.SCOPE_MISSING', `API key lacks scope ${scope}`, { scope });
  }
}

export class ApiKeyNotFoundError extends AppError {
  constructor() {
    super('INTEGRATION.KEY_NOT_FOUND', 'API key not found');
  }
}

export class WebhookNotFoundError extends AppError {
  constructor() {
    super('INTEGRATION.WEBHOOK_NOT_FOUND', 'Webhook endpoint not found');
  }
}

export class DeliveryNotFoundError extends AppError {
  constructor() {
    super('INTEGRATION.DELIVERY_NOT_FOUND', 'Webhook delivery not found');
  }
}

export class WebhookDisabledError extends AppError {
  constructor() {
    super('INTEGRATION.WEBHOOK_DISABLED', 'Webhook endpoint is disabled');
  }
}

/** The URL is refused; `reason` (Vietnamese) says why, at `/body/url`. */
export class WebhookUrlInvalidError extends ValidationError {
  constructor(reason: string) {
    super(
      errorCatalog['INTEGRATION.WEBHOOK_URL_INVALID'].vi,
      [{ pointer: '/body/url', message: reason }],
      'INTEGRATION.WEBHOOK_URL_INVALID',
    );
  }
}
