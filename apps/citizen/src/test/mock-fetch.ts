import { vi } from 'vitest';

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  /** The JSON body parsed, the FormData as sent, or undefined. */
  body: unknown;
}

export type Answer = { status?: number; body?: unknown } | 'network-error';
type Route = (url: URL, request: RecordedRequest) => Answer | undefined;

function toUrl(input: RequestInfo | URL): URL {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(href, 'http://localhost');
}

function record(input: RequestInfo | URL, init: RequestInit | undefined): RecordedRequest {
  const raw = init?.body;
  let body: unknown = raw ?? undefined;
  if (typeof raw === 'string') body = JSON.parse(raw) as unknown;
  return {
    url: toUrl(input),
    method: (init?.method ?? 'GET').toUpperCase(),
    headers: new Headers(init?.headers),
    body,
  };
}

/**
 * Replaces `fetch` with a function answering JSON from `route`; unmatched URLs answer 404. A route
 * answering `'network-error'` makes fetch reject, as a dropped connection does.
 */
export function mockFetch(route: Route) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const request = record(input, init);
    const answer = route(request.url, request) ?? {
      status: 404,
      body: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Không tìm thấy', code: 'HTTP.NOT_FOUND' },
    };
    if (answer === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    const status = answer.status ?? 200;
    const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
    const text = answer.body === undefined || status === 204 ? null : JSON.stringify(answer.body);
    return Promise.resolve(new Response(text, { status, headers: { 'content-type': contentType } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestedUrls(fetchMock: ReturnType<typeof mockFetch>): URL[] {
  return fetchMock.mock.calls.map(([input]) => toUrl(input));
}

/** Every request made, with method, headers and body. */
export function recordedRequests(fetchMock: ReturnType<typeof mockFetch>): RecordedRequest[] {
  return fetchMock.mock.calls.map(([input, init]) => record(input, init));
}

/** A problem+json answer as the server sends it. */
export function problem(status: number, code: string, detail: string, errors?: { pointer: string; message: string }[]) {
  return { status, body: { type: `urn:motcua:problem:${code}`, title: 'Error', status, detail, code, errors } };
}
