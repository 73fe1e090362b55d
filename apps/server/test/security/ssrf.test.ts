import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchChatImage, isAllowedHost, type ImageFetchPolicy } from '../../src/modules/chatbot/index.ts';

/**
 * Photos a citizen sends in the Zalo chat arrive as URLs inside webhook events, and the chat bot
 * fetches them (`fetchChatImage`, the only place an event's URL is fetched). These cases are what an
 * attacker who can shape such a URL would try.
 */

interface Listening {
  server: Server;
  port: number;
  hits: string[];
}

async function listen(answer: (url: string) => { status: number; headers?: Record<string, string>; body?: string }) {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const { status, headers, body } = answer(req.url ?? '');
    res.writeHead(status, headers);
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, hits };
}

/** Stands for an internal service: it must never be asked. */
let internal: Listening;
/** An allow-listed media host that answers with redirects of every kind. */
let media: Listening;
let policy: ImageFetchPolicy;

beforeAll(async () => {
  internal = await listen(() => ({ status: 200, headers: { 'content-type': 'image/png' }, body: 'secret' }));
  media = await listen((url) => {
    const [, status = '302', target = 'internal'] = /^\/(\d{3})\/(\w+)/.exec(url) ?? [];
    const location =
      target === 'metadata'
        ? 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'
        : `http://127.0.0.1:${String(internal.port)}/admin`;
    return { status: Number(status), headers: { location } };
  });
  policy = {
    allowedHosts: () => ['*.zdn.vn', `127.0.0.1:${String(media.port)}`],
    maxBytes: 1_000_000,
    timeoutMs: 2_000,
  };
});
afterAll(async () => {
  await new Promise((resolve) => internal.server.close(resolve));
  await new Promise((resolve) => media.server.close(resolve));
});

describe('media URLs from chat events are fetched only from allow-listed hosts', () => {
  it('knows Zalo’s media hosts from look-alikes', () => {
    const allowed = ['*.zdn.vn', 'media.example.vn'];
    const verdicts = Object.fromEntries(
      [
        'https://photo-stal-1.zdn.vn/a.jpg',
        'HTTPS://PHOTO.ZDN.VN/a.jpg',
        'https://media.example.vn/a.jpg',
        'https://zdn.vn/a.jpg',
        'https://evilzdn.vn/a.jpg',
        'https://zdn.vn.evil.example/a.jpg',
        'https://photo.zdn.vn.evil.example/a.jpg',
        'https://photo.zdn.vn:8443/a.jpg',
        'https://photo.zdn.vn./a.jpg',
        'https://sub.media.example.vn/a.jpg',
        'https://127.0.0.1#.zdn.vn/a.jpg',
        'https://127.0.0.1\\.zdn.vn/a.jpg',
        'https://169.254.169.254/latest/meta-data/',
      ].map((url) => [url, isAllowedHost(new URL(url), allowed)]),
    );
    expect(verdicts).toEqual({
      'https://photo-stal-1.zdn.vn/a.jpg': true,
      'HTTPS://PHOTO.ZDN.VN/a.jpg': true,
      'https://media.example.vn/a.jpg': true,
      'https://zdn.vn/a.jpg': false,
      'https://evilzdn.vn/a.jpg': false,
      'https://zdn.vn.evil.example/a.jpg': false,
      'https://photo.zdn.vn.evil.example/a.jpg': false,
      'https://photo.zdn.vn:8443/a.jpg': false,
      'https://photo.zdn.vn./a.jpg': false,
      'https://sub.media.example.vn/a.jpg': false,
      'https://127.0.0.1#.zdn.vn/a.jpg': false,
      'https://127.0.0.1\\.zdn.vn/a.jpg': false,
      'https://169.254.169.254/latest/meta-data/': false,
    });
  });

  it('never reaches an internal address however it is spelt', async () => {
    const port = String(internal.port);
    const spellings = [
      `http://127.0.0.1:${port}/x.png`,
      `http://localhost:${port}/x.png`,
      `http://2130706433:${port}/x.png`,
      `http://0x7f000001:${port}/x.png`,
      `http://0177.0.0.1:${port}/x.png`,
      `http://127.1:${port}/x.png`,
      `http://[::1]:${port}/x.png`,
      `http://[::ffff:127.0.0.1]:${port}/x.png`,
      `http://127.0.0.1:${String(media.port)}@127.0.0.1:${port}/x.png`,
      `http://photo.zdn.vn@127.0.0.1:${port}/x.png`,
    ];
    for (const url of spellings) {
      const result = await fetchChatImage(policy, url);
      expect(result.ok, url).toBe(false);
    }
    expect(internal.hits).toEqual([]);
  });

  it('refuses schemes other than http(s)', async () => {
    for (const url of [
      'file:///etc/passwd',
      'gopher://photo.zdn.vn:70/_GET',
      'ftp://photo.zdn.vn/a.jpg',
      'data:image/png;base64,iVBORw0KGgo=',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(await fetchChatImage(policy, url), url).toEqual({ ok: false, refusal: 'bad_url' });
    }
  });

  it.each(['301', '302', '303', '307', '308'])(
    'does not follow an allow-listed host’s %s redirect to a private address',
    async (status) => {
      for (const target of ['internal', 'metadata']) {
        const result = await fetchChatImage(policy, `http://127.0.0.1:${String(media.port)}/${status}/${target}`);
        expect(result).toEqual({ ok: false, refusal: 'redirect' });
      }
      expect(internal.hits).toEqual([]);
    },
  );
});
