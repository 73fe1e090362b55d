import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isAddressAllowed, isHostAllowListed, literalAddress } from './domain/address-policy.ts';
import type { SendResult, UrlPolicy, WebhookSender } from './ports.ts';

/** Refused before connecting: the address is private, loopback or otherwise not allowed. */
const NOT_ALLOWED = 'address not allowed';

/**
 * A DNS lookup that refuses private and special addresses unless the allow-list permits them. The
 * check is on the addresses the connection really uses, so a name that resolved to a public address
 * when the endpoint was saved cannot be pointed at the internal network later.
 */
function guardedLookup(policy: UrlPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const allowed =
        isHostAllowListed(hostname, policy.allowList) ||
        addresses.every((a) => isAddressAllowed(a.address, policy.allowList));
      const first = addresses[0];
      if (!allowed || !first) {
        callback(Object.assign(new Error(NOT_ALLOWED), { code: 'EADDRNOTALLOWED' }), '', 0);
        return;
      }
      if (options.all) (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

function failure(started: number, error: string, statusCode: number | null = null): SendResult {
  return { ok: false, statusCode, error, durationMs: Date.now() - started };
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRNOTALLOWED') return NOT_ALLOWED;
    return code ?? error.message.slice(0, 100);
  }
  return 'error';
}

/**
 * Posts webhooks over HTTP(S): one request, no redirect followed (a 3xx is a failure), a time
 * limit for the whole exchange, only to addresses the URL policy allows. The answer's body is
 * read and dropped: only its status counts, and 2xx is success.
 */
export function httpWebhookSender(policy: UrlPolicy, timeoutMs: number): WebhookSender {
  const lookup = guardedLookup(policy);
  return {
    post(url, headers, body) {
      const started = Date.now();
      const target = new URL(url);
      const scheme = target.protocol;
      if (scheme !== 'https:' && (scheme !== 'http:' || policy.httpsOnly)) {
        return Promise.resolve(failure(started, 'scheme not allowed'));
      }
      const literal = literalAddress(target.hostname);
      if (
        literal !== undefined &&
        !isHostAllowListed(target.hostname, policy.allowList) &&
        !isAddressAllowed(literal, policy.allowList)
      ) {
        return Promise.resolve(failure(started, NOT_ALLOWED));
      }
      return new Promise<SendResult>((resolve) => {
        const client = scheme === 'https:' ? https : http;
        const request = client.request(
          target,
          {
            method: 'POST',
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
            lookup,
            agent: false,
          },
          (response) => {
            const status = response.statusCode ?? 0;
            response.resume();
            response.on('end', () => {
              clearTimeout(timer);
              if (status >= 200 && status < 300)
                resolve({ ok: true, statusCode: status, error: null, durationMs: Date.now() - started });
              else if (status >= 300 && status < 400)
                resolve(failure(started, `redirect not followed (HTTP ${String(status)})`, status));
              else resolve(failure(started, `HTTP ${String(status)}`, status));
            });
            response.on('error', (error) => {
              clearTimeout(timer);
              resolve(failure(started, reasonOf(error), status));
            });
            // Cut off before its end without an error: a failure (a settled promise ignores this).
            response.on('close', () => {
              clearTimeout(timer);
              resolve(failure(started, 'aborted', status));
            });
          },
        );
        const timer = setTimeout(() => {
          request.destroy(Object.assign(new Error('timeout'), { code: 'timeout' }));
        }, timeoutMs);
        request.on('error', (error) => {
          clearTimeout(timer);
          resolve(failure(started, reasonOf(error)));
        });
        request.end(body);
      });
    },
  };
}
