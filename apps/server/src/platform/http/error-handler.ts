import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorCatalog, isErrorCode, type Problem } from '@motcua/contracts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { AppError, ValidationError, type FieldError } from '../errors.ts';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const contextToPointer: Record<string, string> = {
  querystring: 'query',
  body: 'body',
  params: 'path',
  headers: 'header',
};

function statusFor(code: string): number {
  return isErrorCode(code) ? errorCatalog[code].status : 500;
}

function messageFor(code: string, fallback: string): string {
  return isErrorCode(code) ? errorCatalog[code].vi : fallback;
}

export function problemBody(
  request: FastifyRequest,
  code: string,
  detail: string,
  errors?: readonly FieldError[],
  status = statusFor(code),
): Problem {
  return {
    type: `urn:motcua:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...(errors && errors.length > 0 ? { errors: [...errors] } : {}),
  };
}

/**
 * Text PostgreSQL cannot store (a NUL character: SQLSTATE 22021, or 22P05 inside JSON) is bad input,
 * answered 400 like any other. Drizzle wraps `pg`'s error, hence the walk through causes.
 */
function isUnstorableText(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if ('severity' in current && (code === '22021' || code === '22P05')) return true;
    current = current.cause;
  }
  return false;
}

/** Seconds a client should wait before repeating a request the service could not serve now. */
const RETRY_AFTER_SECONDS = '5';

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', RETRY_AFTER_SECONDS);
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Names each bad parameter, e.g. "limit (query): phải ≤ 100". */
function schemaErrors(error: FastifyError): FieldError[] {
  const where = contextToPointer[error.validationContext ?? ''] ?? 'request';
  return (error.validation ?? []).map((v) => {
    const missing = typeof v.params['missingProperty'] === 'string' ? `/${v.params['missingProperty']}` : '';
    return { pointer: `/${where}${v.instancePath}${missing}`, message: v.message ?? 'invalid' };
  });
}

function describe(errors: readonly FieldError[]): string {
  const names = errors.map((e) => e.pointer.split('/').slice(2).join('.') || e.pointer).filter(Boolean);
  const unique = [...new Set(names)];
  return `Tham số không hợp lệ: ${unique.join(', ')}. ${errorCatalog['REQUEST.INVALID'].vi}`;
}

/**
 * One error handler for every route: known codes map to statuses through `errorCatalog`; schema
 * failures become 400 naming the parameters; anything else is a 500 with only the request id.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const errors = schemaErrors(error);
      return sendProblem(reply, problemBody(request, 'REQUEST.INVALID', describe(errors), errors));
    }
    if (error instanceof ValidationError) {
      return sendProblem(reply, problemBody(request, error.code, error.message, error.errors));
    }
    if (error instanceof AppError) {
      if (error.code === 'SERVICE.UNAVAILABLE') request.log.warn({ err: error }, 'service unavailable');
      return sendProblem(reply, problemBody(request, error.code, messageFor(error.code, error.message)));
    }
    if (isDatabaseUnavailable(error)) {
      // The database is stopped or restarting: the client repeats the request later, unchanged.
      request.log.warn({ err: error }, 'database unavailable');
      return sendProblem(reply, problemBody(request, 'SERVICE.UNAVAILABLE', errorCatalog['SERVICE.UNAVAILABLE'].vi));
    }
    if (isUnstorableText(error)) {
      return sendProblem(reply, problemBody(request, 'REQUEST.INVALID', errorCatalog['REQUEST.INVALID'].vi));
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, problemBody(request, 'REQUEST.TOO_MANY', errorCatalog['REQUEST.TOO_MANY'].vi));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      const body = problemBody(
        request,
        'REQUEST.INVALID',
        errorCatalog['REQUEST.INVALID'].vi,
        undefined,
        error.statusCode,
      );
      return sendProblem(reply, body);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problemBody(request, 'INTERNAL', errorCatalog.INTERNAL.vi));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problemBody(request, 'REQUEST.NOT_FOUND', errorCatalog['REQUEST.NOT_FOUND'].vi)),
  );
}
