import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Problem, TenantParams, UploadCreated, UploadDeclarationQuery } from '@motcua/contracts';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import type { Database } from '../../platform/db/database.ts';
import { ValidationError } from '../../platform/errors.ts';
import { FileTooLargeError } from './attachments.errors.ts';
import type { ObjectStore } from './storage/object-store.ts';
import { createUpload } from './use-cases/create-upload.ts';

/** What the upload route needs; `app.ts` builds these once at start-up. */
export interface AttachmentRoutesDeps {
  resolveTenant: (slug: string) => Promise<{ id: string; slug: string }>;
  database: Database;
  keyProvider: KeyProvider;
  store: ObjectStore;
  config: { uploadMaxBytes: number };
}

const problems = { 400: Problem, 404: Problem, 413: Problem, 415: Problem, 422: Problem };

function missingFile(): ValidationError {
  return new ValidationError('Hãy gửi đúng một tệp trong trường "file" (multipart/form-data).', [
    { pointer: '/body/file', message: 'Thiếu tệp' },
  ]);
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

/** Kinds of document a photo may be declared as without naming a procedure's slot. */
const FORM_ONLY_DOCUMENTS = new Set(['id_card']);

/** A slot needs its procedure; without one, only a kind of document the assistant knows. */
function checkDeclaration(procedure: string | undefined, document: string | undefined): void {
  if (procedure !== undefined && document === undefined) {
    throw new ValidationError('Hãy cho biết ảnh là giấy tờ nào của thủ tục (tham số "document").', [
      { pointer: '/querystring/document', message: 'Thiếu mã giấy tờ' },
    ]);
  }
  if (procedure === undefined && document !== undefined && !FORM_ONLY_DOCUMENTS.has(document)) {
    throw new ValidationError('Giấy tờ này cần kèm mã thủ tục (tham số "procedure").', [
      { pointer: '/querystring/procedure', message: 'Thiếu mã thủ tục' },
    ]);
  }
}

/**
 * Reads the single `file` part into memory, at most `maxBytes`. Multipart parse failures (a broken
 * or truncated body) are the client's fault and answer 400, never 500.
 */
async function readFilePart(request: FastifyRequest, maxBytes: number): Promise<Buffer> {
  try {
    const part = await request.file();
    if (part?.fieldname !== 'file') throw missingFile();
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw new FileTooLargeError(maxBytes);
    return bytes;
  } catch (error) {
    if (error instanceof ValidationError || error instanceof FileTooLargeError) throw error;
    if (hasCode(error, 'FST_REQ_FILE_TOO_LARGE')) throw new FileTooLargeError(maxBytes);
    throw missingFile();
  }
}

/** Citizens' uploads (API.md § Filing a dossier). */
export function attachmentRoutes(deps: AttachmentRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    // Scoped to this plugin: one file, no other fields, and the size limit enforced while streaming.
    await app.register(fastifyMultipart, { limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 0 } });
    app.post(
      '/api/v1/:tenant/uploads',
      {
        schema: {
          tags: ['dossiers'],
          summary:
            'Upload one photo or PDF of a document (multipart/form-data, field "file"); `procedure` and `document` say which document it is, to check it and, for an ID card, propose form fields',
          consumes: ['multipart/form-data'],
          params: TenantParams,
          querystring: UploadDeclarationQuery,
          response: { 201: UploadCreated, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const bytes = await readFilePart(request, deps.config.uploadMaxBytes);
        const { procedure, document } = request.query;
        checkDeclaration(procedure, document);
        const upload = await createUpload(deps, {
          tenantId: tenant.id,
          bytes,
          requestId: request.id,
          ...(document ? { document: { procedureCode: procedure ?? null, documentKey: document } } : {}),
        });
        return reply.code(201).send(upload);
      },
    );
  };
}
