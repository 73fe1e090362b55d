import { vi } from 'vitest';

type Route = (url: URL) => { status?: number; body: unknown } | undefined;

function toUrl(input: RequestInfo | URL): URL {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(href, 'http://localhost');
}

/** Replaces `fetch` with a function answering JSON from `route`; unmatched URLs answer 404. */
export function mockFetch(route: Route) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const answer = route(toUrl(input)) ?? {
      status: 404,
      body: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Không tìm thấy', code: 'HTTP.NOT_FOUND' },
    };
    const status = answer.status ?? 200;
    const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), { status, headers: { 'content-type': contentType } }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestedUrls(fetchMock: ReturnType<typeof mockFetch>): URL[] {
  return fetchMock.mock.calls.map(([input]) => toUrl(input));
}
