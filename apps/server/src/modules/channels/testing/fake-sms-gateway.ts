import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readJsonPointer } from '../sms/json-pointer.ts';
import type { FakeProvider, ProviderMessage } from './channel-contract.ts';

export interface FakeSmsGatewayOptions {
  /** Where the phone, text and client reference are: JSON pointers for a JSON body, else parameter names. */
  fields: { phone: string; text: string; reference: string };
  /** The header (lower-case name) a request must carry with one of these values (one per account), else 401. */
  auth?: { header: string; value: string | readonly string[] };
}

export interface GatewayRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeSmsGateway extends FakeProvider {
  url: string;
  /** Every request, accepted or not. */
  requests: GatewayRequest[];
  /** Answer every request with this until told otherwise. */
  answerWith(status: number, body: unknown, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

type Mode =
  'accept' | 'transient' | 'permanent' | 'hang' | { status: number; body: unknown; headers: Record<string, string> };

/**
 * An SMS gateway on loopback in the shape of the Vietnamese brand-name APIs: answers
 * `{"code":"00","data":{"messageId":…}}`, a 503 with Retry-After when busy, and a 400 that echoes
 * the number and the text when it refuses one.
 */
export async function startFakeSmsGateway(options: FakeSmsGatewayOptions): Promise<FakeSmsGateway> {
  let mode: Mode = 'accept';
  const requests: GatewayRequest[] = [];
  const received: ProviderMessage[] = [];
  const server = createServer((req, res) => {
    void collect(req).then((body) => {
      const request = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(request);
      answer(request, res);
    });
  });

  function answer(request: GatewayRequest, res: ServerResponse): void {
    if (mode === 'hang') return;
    if (typeof mode === 'object') {
      reply(res, mode.status, mode.body, mode.headers);
      return;
    }
    if (options.auth && !accepted(options.auth.value, request.headers[options.auth.header])) {
      reply(res, 401, { code: 'UNAUTHORIZED', message: 'Sai thông tin xác thực' });
      return;
    }
    const fields = fieldsOf(request, options.fields);
    if (mode === 'transient') {
      reply(res, 503, { code: '99', message: 'Hệ thống bận, vui lòng gửi lại sau' }, { 'retry-after': '2' });
    } else if (mode === 'permanent') {
      reply(res, 400, { code: 'INVALID_NUMBER', message: `Số ${fields.address} không nhận được tin: ${fields.text}` });
    } else {
      received.push(fields);
      reply(res, 200, { code: '00', data: { messageId: `gw-${String(received.length)}` } });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/sms/send`,
    requests,
    received: () => received,
    failTransiently: () => {
      mode = 'transient';
    },
    failPermanently: () => {
      mode = 'permanent';
    },
    hang: () => {
      mode = 'hang';
    },
    answerWith: (status, body, headers = {}) => {
      mode = { status, body, headers };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function accepted(values: string | readonly string[], given: string | string[] | undefined): boolean {
  return typeof given === 'string' && (typeof values === 'string' ? [values] : values).includes(given);
}

async function collect(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function fieldsOf(request: GatewayRequest, names: FakeSmsGatewayOptions['fields']): ProviderMessage {
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) {
    const document: unknown = JSON.parse(request.body);
    const read = (pointer: string): string | undefined => {
      const value = readJsonPointer(document, pointer);
      return typeof value === 'string' ? value : undefined;
    };
    return { address: read(names.phone) ?? '', text: read(names.text) ?? '', reference: read(names.reference) };
  }
  const params =
    request.method === 'GET' ? new URL(request.path, 'http://gateway').searchParams : new URLSearchParams(request.body);
  return {
    address: params.get(names.phone) ?? '',
    text: params.get(names.text) ?? '',
    reference: params.get(names.reference) ?? undefined,
  };
}
