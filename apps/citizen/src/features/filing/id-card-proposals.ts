import type { FieldProposal, IdCardField } from '@motcua/contracts';
import { isObject } from '../eform/schema.ts';
import type { FormValue } from '../eform/form-data.ts';

/** The contact step's applicant field each ID-card field can fill. */
const APPLICANT_FIELD: Partial<Record<IdCardField, 'fullName' | 'idNumber' | 'address'>> = {
  fullName: 'fullName',
  idNumber: 'idNumber',
  placeOfResidence: 'address',
};

/** Below this the reading is shown as uncertain: the citizen should look twice. */
export const SURE_CONFIDENCE = 0.8;

/** The proposals the filing form can use, in the card's order. */
export function usableProposals(proposals: readonly FieldProposal[] | undefined): FieldProposal[] {
  return (proposals ?? []).filter((p) => APPLICANT_FIELD[p.field] !== undefined);
}

function applicantOf(contact: FormValue): FormValue {
  return isObject(contact.applicant) ? contact.applicant : {};
}

/** Whether the applicant already has this value (accepted before, or typed the same). */
export function isApplied(contact: FormValue, proposal: FieldProposal): boolean {
  const key = APPLICANT_FIELD[proposal.field];
  return key !== undefined && applicantOf(contact)[key] === proposal.value;
}

/** The contact answers with one proposed value accepted by the citizen: nothing else changes. */
export function applyProposal(contact: FormValue, proposal: FieldProposal): FormValue {
  const key = APPLICANT_FIELD[proposal.field];
  if (key === undefined) return contact;
  const onBehalf = typeof contact.onBehalf === 'boolean' ? contact.onBehalf : false;
  return { ...contact, onBehalf, applicant: { ...applicantOf(contact), [key]: proposal.value } };
}
