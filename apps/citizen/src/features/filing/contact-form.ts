import type { Translate } from '../../i18n/translate.ts';
import { hasAnswer } from '../eform/conditions.ts';
import { asObject, isObject, type JsonObject } from '../eform/schema.ts';

/** The API's patterns for the applicant and the filer (contracts `Applicant`, `Filer`). */
const PHONE = '^(\\+?84|0)(3|5|7|8|9)[0-9]{8}$';
const ID_NUMBER = '^[0-9]{12}$';

function person(t: Translate, title: string): JsonObject {
  return {
    type: 'object',
    title,
    required: ['fullName', 'phone'],
    properties: {
      fullName: { type: 'string', title: t('contact.fullName'), minLength: 2, maxLength: 120 },
      phone: { type: 'string', title: t('contact.phone'), pattern: PHONE },
    },
  };
}

/**
 * Who files, as a small e-form drawn by the same renderer: the applicant (whose phone receives
 * every notice) and, when filing for someone else ("Nộp hộ"), the filer and their relationship.
 */
export function contactSchema(t: Translate): JsonObject {
  const applicant = person(t, t('contact.applicant'));
  const filer = person(t, t('contact.filer'));
  return {
    type: 'object',
    required: ['onBehalf', 'applicant'],
    properties: {
      onBehalf: {
        type: 'boolean',
        title: t('contact.onBehalf'),
        oneOf: [
          { const: false, title: t('contact.self') },
          { const: true, title: t('contact.forOther') },
        ],
      },
      applicant: {
        ...applicant,
        properties: {
          ...asObject(applicant.properties),
          idNumber: { type: 'string', title: t('contact.idNumber'), pattern: ID_NUMBER },
          email: { type: 'string', title: t('contact.email'), format: 'email', maxLength: 200 },
          address: { type: 'string', title: t('contact.address'), maxLength: 300 },
        },
      },
      filer: {
        ...filer,
        required: ['fullName', 'phone', 'relation'],
        properties: {
          ...asObject(filer.properties),
          relation: { type: 'string', title: t('contact.relation'), minLength: 1, maxLength: 60 },
        },
      },
    },
    allOf: [
      {
        if: { type: 'object', required: ['onBehalf'], properties: { onBehalf: { const: true } } },
        then: { required: ['filer'] },
      },
    ],
  };
}

export function contactUiSchema(t: Translate): JsonObject {
  return {
    'ui:order': ['onBehalf', 'applicant', 'filer'],
    onBehalf: { 'ui:widget': 'radio', 'ui:help': t('contact.onBehalfHelp') },
    applicant: {
      'ui:order': ['fullName', 'phone', 'idNumber', 'email', 'address'],
      'ui:help': t('contact.applicantHelp'),
      phone: {
        'ui:widget': 'phone',
        'ui:help': t('contact.phoneHelp'),
        'ui:placeholder': t('contact.phonePlaceholder'),
      },
      idNumber: { 'ui:widget': 'id-number', 'ui:placeholder': t('contact.idNumberPlaceholder') },
      address: { 'ui:widget': 'textarea' },
    },
    filer: {
      'ui:order': ['fullName', 'phone', 'relation'],
      phone: { 'ui:widget': 'phone', 'ui:placeholder': t('contact.phonePlaceholder') },
      relation: { 'ui:placeholder': t('contact.relationPlaceholder') },
    },
  };
}

/** The first part of the e-form that names a person with a phone: usually the applicant's block. */
function findPerson(value: unknown): JsonObject | undefined {
  if (Array.isArray(value)) return undefined;
  if (!isObject(value)) return undefined;
  if (typeof value.fullName === 'string' && typeof value.phone === 'string') return value;
  for (const child of Object.values(value)) {
    const found = findPerson(child);
    if (found) return found;
  }
  return undefined;
}

/** Answers for the contact step taken from the e-form and the signed-in phone, when it is still blank. */
export function prefillContact(form: JsonObject, signedInPhone: string | null): JsonObject {
  const person = findPerson(form) ?? {};
  const pick = (key: string) => (typeof person[key] === 'string' ? { [key]: person[key] } : {});
  const applicant = { ...pick('fullName'), ...pick('idNumber'), ...pick('email'), ...pick('phone') };
  if (!hasAnswer(applicant.phone) && signedInPhone !== null) applicant.phone = signedInPhone;
  return { onBehalf: false, applicant };
}
