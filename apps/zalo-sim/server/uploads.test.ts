import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, follower, sendCs, startKit, type SimKit } from './test/sim-kit.ts';

let kit: SimKit;

beforeAll(async () => {
  kit = await startKit({ accessTokenTtlMs: 30 * day });
});
afterAll(() => kit.close());

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pdf = Buffer.from('%PDF-1.4\n');

function sized(head: Buffer, size: number): Buffer {
  return Buffer.concat([head, Buffer.alloc(size - head.length)]);
}

async function upload(kind: 'image' | 'file', bytes: Buffer, filename: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), filename);
  const response = await fetch(`${kit.running.hosts.openapi}/v2.0/oa/upload/${kind}`, {
    method: 'POST',
    headers: { access_token: kit.accessToken },
    body: form,
  });
  return (await response.json()) as {
    error: number;
    message: string;
    data?: { attachment_id?: string; token?: string };
  };
}

describe('uploads (§3, §4)', () => {
  it('takes a png up to 1 MB as an attachment_id a CS image can use; -210 above, -201 for other formats', async () => {
    const uploaded = await upload('image', sized(png, 1024 * 1024), 'ho-so.png');
    expect(uploaded).toEqual({ error: 0, message: 'Success', data: { attachment_id: expect.any(String) } });
    expect((await upload('image', sized(png, 1024 * 1024 + 1), 'big.png')).error).toBe(-210);
    expect((await upload('image', sized(pdf, 100), 'a.png')).error).toBe(-201);

    const userId = await follower(kit);
    const image = {
      text: 'Ảnh biên nhận',
      attachment: {
        type: 'template',
        payload: {
          template_type: 'media',
          elements: [{ media_type: 'image', attachment_id: uploaded.data?.attachment_id }],
        },
      },
    };
    expect((await sendCs(kit, userId, image)).body.error).toBe(0);
    // §4: attachment ids expire after 7 days.
    kit.advance(7 * day);
    await kit.script('POST', `/users/${userId}/text`, { text: 'còn đó không' });
    expect((await sendCs(kit, userId, image)).body).toEqual({ error: -201, message: 'attachment_id is invalid!' });
  });

  it('takes pdf/doc/docx up to 5 MB as a token a CS file message can use', async () => {
    const uploaded = await upload('file', sized(pdf, 5 * 1024 * 1024), 'ket-qua.pdf');
    expect(uploaded).toEqual({ error: 0, message: 'Success', data: { token: expect.any(String) } });
    expect((await upload('file', sized(pdf, 5 * 1024 * 1024 + 1), 'big.pdf')).error).toBe(-210);
    expect((await upload('file', sized(pdf, 9 * 1024 * 1024), 'huge.pdf')).error).toBe(-210);
    expect((await upload('file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), 'don.docx')).error).toBe(0);
    expect((await upload('file', png, 'x.pdf')).error).toBe(-201);

    const userId = await follower(kit);
    const file = (token: unknown) => ({ attachment: { type: 'file', payload: { token } } });
    expect((await sendCs(kit, userId, file(uploaded.data?.token))).body.error).toBe(0);
    expect((await sendCs(kit, userId, file('nope'))).body).toEqual({ error: -201, message: 'token is invalid!' });
  });

  it('checks the access token first', async () => {
    const form = new FormData();
    form.append('file', new Blob([png]), 'a.png');
    const response = await fetch(`${kit.running.hosts.openapi}/v2.0/oa/upload/image`, { method: 'POST', body: form });
    expect(((await response.json()) as { error: number }).error).toBe(-216);
  });
});
