/**
 * Statuses in which the citizen books the one visit to the desk:
 * - 9 result ready: bring the originals, pay what is due and take the result (the hand-over checks
 *   the originals, so this is the visit the booking is for);
 * - 6 awaiting the fee: pay at the desk so processing can go on.
 * Not in 5 (supplement requested): the documents Mẫu 02 asks for are sent online, and the originals
 * are checked once, at the hand-over, so a visit then would be a second trip. Never in the final
 * statuses 3, 8 and 10, nor before the dossier is accepted.
 */
export const VISIT_STATUSES: readonly string[] = Object.freeze(['result_ready', 'payment_requested']);

export function canBookVisit(status: string): boolean {
  return VISIT_STATUSES.includes(status);
}

/**
 * The desk the visit is at. A ready result waits at the unit that holds the dossier (the desk it
 * was returned to); a fee is paid at the one-stop desk that received the dossier, wherever the
 * dossier is being processed.
 */
export function visitUnitId(dossier: { status: string; unitId: string; currentUnitId: string }): string {
  return dossier.status === 'result_ready' ? dossier.currentUnitId : dossier.unitId;
}

/** A document of the procedure's case, as the catalogue lists it. */
export interface CaseDocument {
  key: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  presentOnly?: boolean;
  filledByForm?: boolean;
}

export interface ChecklistItem {
  name: string;
  originals: number;
  copies: number;
}

/**
 * What to bring: the documents of the dossier's case whose original must be handed in or shown
 * (xuất trình), among those the dossier needs — required ones and optional ones it was filed with.
 * A form the e-form stood in for (filed online) is not brought again.
 */
export function originalsChecklist(
  documents: readonly CaseDocument[],
  filedKeys: ReadonlySet<string>,
  filedOnline: boolean,
): ChecklistItem[] {
  return documents
    .filter((d) => d.originals > 0 || d.presentOnly === true)
    .filter((d) => d.required || filedKeys.has(d.key))
    .filter((d) => !(filedOnline && d.filledByForm === true))
    .map((d) => ({ name: d.name, originals: Math.max(d.originals, 1), copies: d.copies }));
}

export interface FeeView {
  amount: number;
  text: string;
  paid: boolean;
}

/**
 * The fee to pay at the desk: the amount the officer asked for (status 6), else the procedure's
 * amount for the dossier's channel, with the published text. None when the procedure is free and
 * nothing was asked for.
 */
export function visitFee(
  published: { amount: number; text: string },
  dossier: { feeAmount: number | null; feePaidAt: Date | null },
): FeeView | null {
  const amount = dossier.feeAmount ?? published.amount;
  if (amount === 0 && dossier.feeAmount === null) return null;
  return { amount, text: published.text, paid: dossier.feePaidAt !== null };
}
