import { vi } from 'vitest';

/** What a mocked route sees of a request. */
export interface MockRequest {
  method: string;
  headers: Record<string, string>;
  /** The parsed JSON body, or the FormData of an upload, or undefined. */
  body: unknown;
}

export type MockAnswer = { status?: number; body: unknown } | undefined;
export type Route = (url: URL, request: MockRequest) => MockAnswer;

function toUrl(input: RequestInfo | URL): URL {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(href, 'http://localhost');
}

function readBody(body: BodyInit | null | undefined): unknown {
  if (typeof body === 'string') return JSON.parse(body) as unknown;
  return body ?? undefined;
}

function toRequest(init: RequestInit | undefined): MockRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>)) {
    headers[name.toLowerCase()] = value;
  }
  return { method: init?.method ?? 'GET', headers, body: readBody(init?.body) };
}

/** Replaces `fetch` with a function answering JSON from `route`; unmatched URLs answer 404. */
export function mockFetch(route: Route) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const answer = route(toUrl(input), toRequest(init)) ?? {
      status: 404,
      body: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Không tìm thấy', code: 'HTTP.NOT_FOUND' },
    };
    const status = answer.status ?? 200;
    const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
    const body = status === 204 ? null : JSON.stringify(answer.body);
    return Promise.resolve(new Response(body, { status, headers: { 'content-type': contentType } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestedUrls(fetchMock: ReturnType<typeof mockFetch>): URL[] {
  return fetchMock.mock.calls.map(([input]) => toUrl(input));
}

/** Every request sent, with its URL, method, headers and body. */
export function sentRequests(fetchMock: ReturnType<typeof mockFetch>): (MockRequest & { url: URL })[] {
  return fetchMock.mock.calls.map(([input, init]) => ({ url: toUrl(input), ...toRequest(init) }));
}

/** A problem document as the server sends it. */
export function problem(status: number, code: string, detail = ''): MockAnswer {
  return { status, body: { type: `urn:motcua:problem:${code}`, title: 'Error', status, detail, code } };
}
