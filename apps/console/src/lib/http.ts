/** An RFC 9457 problem document as the API sends it (`application/problem+json`). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** `MODULE.REASON`, e.g. `AUTH.INVALID_CREDENTIALS`. */
  code?: string;
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
    for (const key of ['type', 'title', 'detail', 'code'] as const) {
      const value = asString(record[key]);
      if (value !== undefined) problem[key] = value;
    }
    return problem;
  } catch {
    return problem;
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the API and returns its JSON (or undefined for 204). The type parameter documents what the
 * server promises; it does not prove it. Session cookies ride along (same origin).
 */
export async function requestJson<T>(url: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error' });
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
