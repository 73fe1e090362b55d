/**
 * Fetches a photo a person sent in the chat, from the channel's media hosts only. The URL comes in a
 * webhook body, so it is treated as hostile: http(s) only, no credentials in it, the host must be on
 * the allow-list (exact `host`, `host:port`, or `*.suffix`), redirects are never followed (a media
 * host redirecting elsewhere, e.g. to a private address, is refused), and the body is cut at
 * `maxBytes`.
 */
export interface ImageFetchPolicy {
  /** Allowed media hosts: `media.example.vn`, `127.0.0.1:4010`, `*.zdn.vn`. */
  allowedHosts: () => readonly string[];
  maxBytes: number;
  timeoutMs: number;
}

export type ImageFetchRefusal = 'bad_url' | 'host_not_allowed' | 'redirect' | 'http_error' | 'too_large' | 'network';

export type ImageFetchResult = { ok: true; bytes: Buffer } | { ok: false; refusal: ImageFetchRefusal };

/** Whether `url`'s host (with its port when not the default) is on the list. */
export function isAllowedHost(url: URL, patterns: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  const withPort = url.port === '' ? host : `${host}:${url.port}`;
  return patterns.some((raw) => {
    const pattern = raw.trim().toLowerCase();
    if (pattern === '') return false;
    if (pattern.startsWith('*.')) {
      const suffix = pattern.slice(1);
      return url.port === '' && host.endsWith(suffix) && host.length > suffix.length;
    }
    return pattern.includes(':') ? pattern === withPort : pattern === host && url.port === '';
  });
}

function parseUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username !== '' || url.password !== '') return undefined;
    return url;
  } catch {
    return undefined;
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  // Node's web stream is async-iterable; the DOM typing some configurations see is not, hence the cast.
  // Leaving the loop early cancels the stream: nothing past the limit is read.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export async function fetchChatImage(policy: ImageFetchPolicy, raw: string): Promise<ImageFetchResult> {
  const url = parseUrl(raw);
  if (!url) return { ok: false, refusal: 'bad_url' };
  if (!isAllowedHost(url, policy.allowedHosts())) return { ok: false, refusal: 'host_not_allowed' };
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(policy.timeoutMs) });
  } catch {
    return { ok: false, refusal: 'network' };
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    return { ok: false, refusal: 'redirect' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, refusal: 'http_error' };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    await response.body?.cancel();
    return { ok: false, refusal: 'too_large' };
  }
  try {
    const bytes = await readCapped(response, policy.maxBytes);
    return bytes ? { ok: true, bytes } : { ok: false, refusal: 'too_large' };
  } catch {
    return { ok: false, refusal: 'network' };
  }
}
