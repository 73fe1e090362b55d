import type { FieldProposal, IdCardField } from '@motcua/contracts';
import type { MessageKey } from '../../i18n/vi.ts';

/** How each field read from an ID card is named on screen. */
export const FIELD_LABELS: Readonly<Record<IdCardField, MessageKey>> = {
  idNumber: 'assist.field.idNumber',
  fullName: 'assist.field.fullName',
  dateOfBirth: 'assist.field.dateOfBirth',
  sex: 'assist.field.sex',
  nationality: 'assist.field.nationality',
  placeOfOrigin: 'assist.field.placeOfOrigin',
  placeOfResidence: 'assist.field.placeOfResidence',
  expiryDate: 'assist.field.expiryDate',
};

/** The applicant's field each ID-card field fills (intake) or is compared with (dossier view). */
export const APPLICANT_FIELDS: Partial<Record<IdCardField, 'fullName' | 'idNumber' | 'address'>> = {
  fullName: 'fullName',
  idNumber: 'idNumber',
  placeOfResidence: 'address',
};

/** Below this the reading is marked for a closer look. */
export const SURE_CONFIDENCE = 0.8;

/** The same value, whatever the case and the spacing (names are printed in capitals on the card). */
export function sameValue(a: string | undefined, b: string): boolean {
  const plain = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  return a !== undefined && plain(a) === plain(b);
}

/** The applicant's value for a proposal, if the field is one the applicant has. */
export function applicantValue(applicant: Readonly<ApplicantFieldValues>, proposal: FieldProposal): string | undefined {
  const key = APPLICANT_FIELDS[proposal.field];
  return key === undefined ? undefined : applicant[key];
}

/** The applicant's details with one value read from the card taken over (the officer's click). */
export function withProposal<T extends ApplicantFieldValues>(applicant: T, proposal: FieldProposal): T {
  const key = APPLICANT_FIELDS[proposal.field];
  return key === undefined ? applicant : { ...applicant, [key]: proposal.value };
}

type ApplicantFieldValues = Partial<Record<'fullName' | 'idNumber' | 'address', string>>;
