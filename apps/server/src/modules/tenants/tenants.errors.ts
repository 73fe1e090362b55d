import { AppError } from '../../platform/errors.ts';

/** Thrown when no province has the slug in the URL. */
export class TenantNotFoundError extends AppError {
  constructor(slug: string) {
    super('TENANT.NOT_FOUND', `No tenant with slug ${slug}`, { slug });
  }
}
