import { config } from '../config.ts';

/** A field named by a validation failure: a JSON pointer into the request (`/body/form/child/fullName`). */
export interface FieldProblem {
  pointer: string;
  message: string;
}

/** An RFC 9457 problem document as the API sends it (`application/problem+json`). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** `MODULE.REASON`, e.g. `CATALOG.PROCEDURE_NOT_FOUND`. */
  code?: string;
  errors?: FieldProblem[];
}

/** Thrown for any answer that is not 2xx; `status` is 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${String(status)}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /**
   * True when the request may or may not have taken effect (no answer, or the server failed while
   * answering): a write must then be retried with the same Idempotency-Key and the same body.
   */
  get isOutcomeUnknown(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readFieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const pointer = asString(record.pointer);
    const message = asString(record.message);
    return pointer === undefined || message === undefined ? [] : [{ pointer, message }];
  });
  return list.length > 0 ? list : undefined;
}

/**
 * Reads a problem body leniently: only `application/problem+json` is trusted to carry words meant
 * for people; any other error body (a proxy's HTML page, a framework default) yields the status alone.
 */
async function readProblem(response: Response): Promise<Problem> {
  if (!(response.headers.get('content-type') ?? '').includes('problem+json')) return { status: response.status };
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return { status: response.status };
    const record = body as Record<string, unknown>;
    const problem: Problem = { status: response.status };
    const type = asString(record.type);
    const title = asString(record.title);
    const detail = asString(record.detail);
    const code = asString(record.code);
    const errors = readFieldProblems(record.errors);
    if (type !== undefined) problem.type = type;
    if (title !== undefined) problem.title = title;
    if (detail !== undefined) problem.detail = detail;
    if (code !== undefined) problem.code = code;
    if (errors !== undefined) problem.errors = errors;
    return problem;
  } catch {
    return { status: response.status };
  }
}

/** The API's address for a province: `/api/v1/{tenant}{path}`. */
export function apiUrl(path: string, tenant: string = config.tenant): string {
  return `${config.apiBaseUrl}/api/v1/${encodeURIComponent(tenant)}${path}`;
}

/**
 * On the web the API shares the app's origin and the session is an httpOnly cookie. The Zalo build
 * calls the API from Zalo's origin, where cookies are not sent: it carries a bearer token instead.
 */
const credentials: RequestCredentials = config.apiBaseUrl === '' ? 'same-origin' : 'omit';

let bearerToken: string | null = null;

/** The citizen's session token for the Zalo build (`Authorization: Bearer`); null signs out. */
export function setBearerToken(token: string | null): void {
  bearerToken = token;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  const headers = new Headers(init.headers);
  if (bearerToken !== null) headers.set('authorization', `Bearer ${bearerToken}`);
  try {
    response = await fetch(url, { credentials, ...init, headers });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error' });
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response;
}

async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/**
 * GETs JSON from the API. The caller owns the shape check: the type parameter documents what the
 * server promises, it does not prove it.
 */
export async function getJson<T>(
  url: string,
  signal?: AbortSignal,
  headers: Readonly<Record<string, string>> = {},
): Promise<T> {
  const response = await send(url, { headers: { accept: 'application/json', ...headers }, signal: signal ?? null });
  return (await response.json()) as T;
}

export interface WriteOptions {
  body?: unknown;
  /** Sent as `Idempotency-Key`: a retry with the same key and body takes effect once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** POST/PUT/DELETE with a JSON body; answers the JSON body, or undefined for 204. */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  url: string,
  options: WriteOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
  const response = await send(url, {
    method,
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
    signal: options.signal ?? null,
  });
  return readJson<T>(response);
}

/** POSTs one file as `multipart/form-data` (field `file`). */
export async function postFile<T>(url: string, file: Blob, fileName: string, signal?: AbortSignal): Promise<T> {
  const body = new FormData();
  body.append('file', file, fileName);
  const response = await send(url, {
    method: 'POST',
    headers: { accept: 'application/json' },
    body,
    signal: signal ?? null,
  });
  return readJson<T>(response);
}
