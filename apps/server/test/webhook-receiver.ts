import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, and the status it answered. */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** Decides the status of each request by its path (200 unless told otherwise). */
export type Answer = (path: string) => number;

/**
 * An integrator's webhook receiver on 127.0.0.1, inside the test process: records every request
 * and answers as told; it can go away (the port refuses connections) and come back on the same port.
 */
export interface WebhookReceiver {
  url(path: string): string;
  received: ReceivedWebhook[];
  answer: Answer;
  close(): Promise<void>;
  reopen(): Promise<void>;
}

export async function startReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let port = 0;
  let server: Server;
  const receiver: WebhookReceiver = {
    received,
    answer: () => 200,
    url: (path) => `http://127.0.0.1:${String(port)}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
    reopen: () => listen(port),
  };
  function listen(at: number): Promise<void> {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '';
        const status = receiver.answer(path);
        received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
      });
    });
    return new Promise((resolve) => {
      server.listen(at, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  }
  await listen(0);
  return receiver;
}

/**
 * What an integrator runs on each request (docs/integration.md): recompute `v1=` HMAC-SHA256 of
 * `<Motcua-Timestamp>.<raw body>` with the endpoint's secret and compare in constant time.
 */
export function signatureIsValid(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const timestamp = headers['motcua-timestamp'];
  const signature = headers['motcua-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

/** Waits until `check` holds (polling), or fails after `timeoutMs`. */
export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
