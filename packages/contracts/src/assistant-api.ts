import { Type, type Static } from '@sinclair/typebox';
import { UploadQuality } from './attachments-api.ts';

/** A field the assistant read from a photo of an ID card (Căn cước / CCCD, front). */
export const IdCardField = Type.Union(
  [
    Type.Literal('idNumber'),
    Type.Literal('fullName'),
    Type.Literal('dateOfBirth'),
    Type.Literal('sex'),
    Type.Literal('nationality'),
    Type.Literal('placeOfOrigin'),
    Type.Literal('placeOfResidence'),
    Type.Literal('expiryDate'),
  ],
  { description: 'Dates are dd/MM/yyyy as printed; sex is "Nam" or "Nữ"' },
);
export type IdCardField = Static<typeof IdCardField>;

/** One proposed value: the person confirms or edits it; nothing is filled in by itself. */
export const FieldProposal = Type.Object({
  field: IdCardField,
  /** As read and tidied (NFC, spaces, dd/MM/yyyy); may be wrong, which is why it is only proposed. */
  value: Type.String(),
  /** 0–1: the recogniser's confidence in the words, lowered when the value fails its own checks. */
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
});
export type FieldProposal = Static<typeof FieldProposal>;

export const ReadingStatus = Type.Union(
  [Type.Literal('none'), Type.Literal('pending'), Type.Literal('done'), Type.Literal('failed')],
  {
    description:
      '`none`: the photo was not declared for a document (or the slot asks for a picture); `pending`: queued or being read; `done`; `failed` (unreadable, timed out)',
  },
);
export type ReadingStatus = Static<typeof ReadingStatus>;

/** `GET …/uploads/{id}/reading`: the document check and, for an ID card, the proposed fields. */
export const DocumentReading = Type.Object({
  uploadId: Type.String({ format: 'uuid' }),
  status: ReadingStatus,
  documentType: Type.Optional(Type.Union([Type.Literal('id_card'), Type.Literal('text')])),
  /** The photo check, now with `wrong_document` when the photo does not look like the document asked for. */
  quality: UploadQuality,
  proposals: Type.Array(FieldProposal),
});
export type DocumentReading = Static<typeof DocumentReading>;

/**
 * `GET /console/applications/{code}/readings` (officers) and `GET /applications/{code}/readings?key=`
 * (the holder of the dossier's key): every photo of the dossier that was read.
 */
export const DossierReadings = Type.Object({
  items: Type.Array(Type.Composite([DocumentReading, Type.Object({ documentKey: Type.String() })])),
});
export type DossierReadings = Static<typeof DossierReadings>;
