import { Type, type Static } from '@sinclair/typebox';

export const UploadQualityIssueCode = Type.Union(
  [
    Type.Literal('too_small'),
    Type.Literal('blurry'),
    Type.Literal('too_dark'),
    Type.Literal('too_bright'),
    Type.Literal('blank'),
    Type.Literal('wrong_document'),
  ],
  { description: 'What is wrong with the photo' },
);
export type UploadQualityIssueCode = Static<typeof UploadQualityIssueCode>;

export const UploadQualityIssue = Type.Object({
  code: UploadQualityIssueCode,
  message: Type.String({ description: 'Vietnamese: what is wrong and how to retake the photo' }),
});
export type UploadQualityIssue = Static<typeof UploadQualityIssue>;

export const UploadQuality = Type.Object(
  { ok: Type.Boolean(), issues: Type.Array(UploadQualityIssue) },
  { description: 'Photo check. Issues are warnings: the file is stored either way' },
);
export type UploadQuality = Static<typeof UploadQuality>;

export const UploadContentType = Type.Union([Type.Literal('image/jpeg'), Type.Literal('application/pdf')], {
  description: 'Photos are always re-encoded to JPEG; PDFs are stored as sent',
});
export type UploadContentType = Static<typeof UploadContentType>;

/** `POST /api/v1/{tenant}/uploads` → 201. */
export const UploadCreated = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Pass as `uploadId` when filing' }),
  contentType: UploadContentType,
  size: Type.Integer({ minimum: 1, description: 'Bytes stored (after re-encoding)' }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'sha256 (hex) of the bytes stored' }),
  quality: UploadQuality,
  token: Type.String({
    description:
      'The uploader’s capability to read back the document check and the fields read from the photo (header `x-upload-token`)',
  }),
});
export type UploadCreated = Static<typeof UploadCreated>;

/** `POST /api/v1/{tenant}/uploads?procedure=&document=`: which document the photo is, if known. */
export const UploadDeclarationQuery = Type.Object({
  procedure: Type.Optional(
    Type.String({ minLength: 1, maxLength: 64, description: 'The procedure code the photo is filed for' }),
  ),
  document: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 80,
      pattern: '^[a-z0-9][a-z0-9_-]{0,63}$',
      description:
        'The document key of the procedure (its `documents[].key`), or `id_card` without a procedure: a photo of the ID card only to fill in the form',
    }),
  ),
});
export type UploadDeclarationQuery = Static<typeof UploadDeclarationQuery>;
