/** An RFC 9457 problem document as the API sends it (`application/problem+json`). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** `MODULE.REASON`, e.g. `CATALOG.PROCEDURE_NOT_FOUND`. */
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
    if (type !== undefined) problem.type = type;
    if (title !== undefined) problem.title = title;
    if (detail !== undefined) problem.detail = detail;
    if (code !== undefined) problem.code = code;
    return problem;
  } catch {
    return { status: response.status };
  }
}

/**
 * GETs JSON from the API. The caller owns the shape check: the type parameter documents what the
 * server promises, it does not prove it.
 */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error' });
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return (await response.json()) as T;
}
