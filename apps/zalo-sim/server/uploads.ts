import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { failure, invalidField, success, ZaloCode, type ZaloEnvelope } from './envelope.ts';
import type { StoredMedia } from './media.ts';
import { tokenFailure } from './openapi-messages.ts';
import type { SimState } from './sim-state.ts';

const megabyte = 1024 * 1024;

interface UploadKind {
  kind: StoredMedia['kind'];
  maxBytes: number;
  /** The content type when the bytes are of an accepted format. */
  sniff(bytes: Buffer, filename: string): string | undefined;
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** §3: images are jpg/png of at most 1 MB. */
const image: UploadKind = {
  kind: 'image',
  maxBytes: megabyte,
  sniff(bytes) {
    if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
    if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
    return undefined;
  },
};

/** §3: files are pdf/doc/docx of at most 5 MB. */
const file: UploadKind = {
  kind: 'file',
  maxBytes: 5 * megabyte,
  sniff(bytes, filename) {
    const lower = filename.toLowerCase();
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'application/pdf';
    if (lower.endsWith('.doc') && startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
      return 'application/msword';
    }
    if (lower.endsWith('.docx') && startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
    return undefined;
  },
};

/** The multipart field `file`, or the §5 answer: -210 over the size limit, -201 anything else. */
async function readFile(
  request: FastifyRequest,
  kind: UploadKind,
): Promise<{ bytes: Buffer; filename: string } | ZaloEnvelope<never>> {
  try {
    const part = await request.file();
    if (part?.fieldname !== 'file') return invalidField('file');
    const bytes = await part.toBuffer();
    if (bytes.length > kind.maxBytes) return failure(ZaloCode.exceedsLimit, 'File size exceeds the limit');
    return { bytes, filename: part.filename };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return failure(ZaloCode.exceedsLimit, 'File size exceeds the limit');
    return invalidField('file');
  }
}

async function upload(state: SimState, request: FastifyRequest, kind: UploadKind): Promise<ZaloEnvelope> {
  const denied = tokenFailure(state, request);
  if (denied) return denied;
  const read = await readFile(request, kind);
  if ('error' in read) return read;
  const contentType = kind.sniff(read.bytes, read.filename);
  if (contentType === undefined) return invalidField('file');
  const stored = state.media.put({
    kind: kind.kind,
    contentType,
    name: read.filename,
    bytes: read.bytes,
    // §4: attachment ids and file tokens expire after 7 days.
    expiresAt: state.clock.now().getTime() + state.options.uploadTtlMs,
  });
  return kind.kind === 'image' ? success({ attachment_id: stored.id }) : success({ token: stored.id });
}

/** `openapi.zalo.me/v2.0/oa/upload/{image,file}` (zalo-platform.md §3), multipart field `file`. */
export function uploadRoutes(state: SimState) {
  return async function register(app: FastifyInstance): Promise<void> {
    // A little above the largest limit, so an oversized file is read to the limit and refused with -210.
    await app.register(multipart, { limits: { fileSize: 8 * megabyte, files: 1 } });
    app.post('/v2.0/oa/upload/image', async (request) => upload(state, request, image));
    app.post('/v2.0/oa/upload/file', async (request) => upload(state, request, file));
  };
}
