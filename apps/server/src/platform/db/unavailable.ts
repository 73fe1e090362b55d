import { AppError } from '../errors.ts';

/**
 * SQLSTATEs of a server that went away or does not take connections yet: class 08 (connection
 * exception), 57P01–57P03 (shut down by an administrator, crashed, starting or stopping) and
 * 53300 (no connection slot left).
 */
const UNAVAILABLE_STATES = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** A socket to the server refused, reset or broken (Node's system errors, as `pg` passes them on). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** What `pg` says when a connection is lost, closed under it, or cannot be had in time. */
const LOST_CONNECTION =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect)/;

/**
 * The database cannot be reached (stopped, restarting, out of connections): the request may be
 * repeated later unchanged (with the same Idempotency-Key for writes). Answered 503 with
 * `Retry-After` as `SERVICE.UNAVAILABLE`.
 */
export class DatabaseUnavailableError extends AppError {
  override name = 'DatabaseUnavailableError';
  constructor(cause: unknown) {
    super('SERVICE.UNAVAILABLE', 'database unavailable');
    this.cause = cause;
  }
}

/** Whether an error (or one it wraps, as Drizzle wraps `pg`'s) means the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof DatabaseUnavailableError) return true;
    const code = (current as { code?: unknown }).code;
    if ('severity' in current && typeof code === 'string' && UNAVAILABLE_STATES.test(code)) return true;
    if ('syscall' in current && typeof code === 'string' && SOCKET_CODES.has(code)) return true;
    if (LOST_CONNECTION.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
