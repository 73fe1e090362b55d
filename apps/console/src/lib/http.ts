/** A field error of a problem document: a JSON pointer (`/body/form/child/fullName`) and why. */
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
  /** `MODULE.REASON`, e.g. `AUTH.INVALID_CREDENTIALS`. */
  code?: string;
  requestId?: string;
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
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readFieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const errors: FieldProblem[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const pointer = asString(record['pointer']);
    const message = asString(record['message']);
    if (pointer !== undefined && message !== undefined) errors.push({ pointer, message });
  }
  return errors;
}

/**
 * Reads a problem body leniently: only `application/problem+json` is trusted to carry words meant
 * for people; any other error body (a proxy's HTML page, a framework default) yields the status alone.
 */
async function readProblem(response: Response): Promise<Problem> {
  const problem: Problem = { status: response.status };
  if (!(response.headers.get('content-type') ?? '').includes('problem+json')) return problem;
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return problem;
    const record = body as Record<string, unknown>;
    for (const key of ['type', 'title', 'detail', 'code', 'requestId'] as const) {
      const value = asString(record[key]);
      if (value !== undefined) problem[key] = value;
    }
    const errors = readFieldProblems(record['errors']);
    if (errors !== undefined) problem.errors = errors;
    return problem;
  } catch {
    return problem;
  }
}

/**
 * The session's CSRF token, sent as `x-csrf-token` on every write. It arrives with sign-in and
 * `GET /auth/me`, and lives in memory only: a reload asks `/auth/me` again.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart (uploads); mutually exclusive with `body`. */
  formData?: FormData;
  /** The `Idempotency-Key` of a command: a retry with the same key returns the first answer. */
  idempotencyKey?: string;
  /** Extra request headers (an upload's `x-upload-token`). */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

function headersFor(method: HttpMethod, options: RequestOptions): Record<string, string> {
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
  return headers;
}

function bodyFor(options: RequestOptions): BodyInit | null {
  if (options.formData !== undefined) return options.formData;
  return options.body === undefined ? null : JSON.stringify(options.body);
}

/**
 * Calls the API and returns its JSON (or undefined for 204). The type parameter documents what the
 * server promises; it does not prove it. Session cookies ride along (same origin).
 */
export async function requestJson<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: headersFor(method, options),
      credentials: 'same-origin',
      body: bodyFor(options),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error' });
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/**
 * A fresh key for one command; kept while the officer retries the same command. Random bytes
 * rather than `crypto.randomUUID`, which browsers offer only on HTTPS or localhost.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
