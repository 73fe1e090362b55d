import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectStore } from './object-store.ts';
import { s3ObjectStore } from './s3-store.ts';

interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

let server: Server;
let store: ObjectStore;
const requests: Recorded[] = [];
const objects = new Map<string, Buffer>();

/** Just enough of the S3 REST API (path-style) to hold objects in memory. */
function s3Double(): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      if (req.method === 'PUT') {
        objects.set(path, body);
        res.writeHead(200, { etag: '"e"' }).end();
      } else if (req.method === 'GET' && objects.has(path)) {
        const data = objects.get(path) ?? Buffer.alloc(0);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length }).end(data);
      } else if (req.method === 'GET') {
        const xml =
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>none</Message></Error>';
        res.writeHead(404, { 'content-type': 'application/xml' }).end(xml);
      } else if (req.method === 'DELETE') {
        objects.delete(path);
        res.writeHead(204).end();
      } else {
        res.writeHead(405).end();
      }
    });
  });
}

beforeAll(async () => {
  server = s3Double();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  store = s3ObjectStore({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'ap-southeast-1',
    bucket: 'motcua-files',
    accessKeyId: 'AKIATESTKEY',
    secretAccessKey: 'test-secret-key',
  });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('s3ObjectStore', () => {
  it('puts and gets an object with path-style, SigV4-signed requests', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 10, 13]);
    await store.put('uploads/t1/u1/file', bytes);
    const got = await store.get('uploads/t1/u1/file');
    expect(got?.equals(bytes)).toBe(true);

    const [put, get] = requests.slice(-2);
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe('/motcua-files/uploads/t1/u1/file');
    expect(put?.body.equals(bytes)).toBe(true);
    expect(get?.method).toBe('GET');
    expect(get?.path).toBe('/motcua-files/uploads/t1/u1/file');
    for (const request of [put, get]) {
      expect(request?.headers.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIATESTKEY\/\d{8}\/ap-southeast-1\/s3\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
      );
      expect(request?.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
      expect(request?.headers['x-amz-content-sha256']).toBeDefined();
    }
  });

  it('answers undefined for a missing object and deletes', async () => {
    expect(await store.get('uploads/t1/none/file')).toBeUndefined();
    await store.put('uploads/t1/u2/thumb', Buffer.from('thumb'));
    await store.delete('uploads/t1/u2/thumb');
    expect(requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/motcua-files/uploads/t1/u2/thumb' });
    expect(await store.get('uploads/t1/u2/thumb')).toBeUndefined();
  });

  it('refuses a traversal key before any request is made', async () => {
    const before = requests.length;
    await expect(store.put('../other-bucket/x', Buffer.from('x'))).rejects.toThrow('invalid storage key');
    expect(requests.length).toBe(before);
  });
});
