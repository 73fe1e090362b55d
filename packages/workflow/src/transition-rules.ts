import type { NoticeKey } from './notices.ts';
import type { ProcessingRole } from './roles.ts';
import type { Status } from './statuses.ts';
import type { SubStatus } from './sub-statuses.ts';

/** Who may take an action. `admin` cannot appear: administrators have no power over dossiers. */
export interface ActorRule {
  readonly officer?: readonly ProcessingRole[];
  readonly citizen?: true;
  /** Automated callers, e.g. the payment gateway confirming a fee. */
  readonly system?: true;
}

/** Conditions on the dossier, beyond its status, for a rule to apply. */
export interface Guard {
  /** The step inside status 4 the dossier must be at. */
  readonly subStatus?: readonly SubStatus[];
  /** Whether the dossier must (or must not) have been accepted. */
  readonly accepted?: boolean;
}

/**
 * The sub-status after the transition. `keep` carries the current one over, so a dossier that
 * leaves status 4 for 5 or 6 resumes at the same step; entering status 4 with none gives `in_review`.
 */
export type TargetSubStatus = SubStatus | null | 'keep';

/** One allowed transition. Optional flags default to "no". */
export interface Rule {
  readonly by: ActorRule;
  readonly to: Status;
  readonly subStatus: TargetSubStatus;
  readonly when?: Guard;
  /** A reason the citizen will read (Mẫu 02, 03, 04, stop notice) must be given. */
  readonly reasonRequired?: true;
  /** The action's payload (see `ActionPayloads`) is required, or optional but checked when given. */
  readonly payload?: 'required' | 'optional';
  /** The QĐ 766/QĐ-TTg "end of processing" moment: result ready, stopped or refused. */
  readonly endsProcessing?: true;
  /** The SLA clock pauses while the citizen supplements, and resumes when the supplement arrives. */
  readonly clock?: 'pause' | 'resume';
  /** Allowed only once per dossier: refused when this state flag is already set. */
  readonly once?: 'rescheduled';
  /** Allowed only while the due date in force is still ahead (and only if there is one). */
  readonly beforeDue?: true;
  readonly notice: NoticeKey | null;
}

/** A status × action cell: one rule, alternatives chosen by their guards, or `null` (not allowed). */
export type TableEntry = Rule | readonly [Rule, ...Rule[]] | null;

function isAlternatives(entry: Exclude<TableEntry, null>): entry is readonly [Rule, ...Rule[]] {
  return Array.isArray(entry);
}

/** The rules of a table cell, in the order their guards are tried; none when not allowed. */
export function entryRules(entry: TableEntry): readonly Rule[] {
  if (entry === null) return [];
  return isAlternatives(entry) ? entry : [entry];
}

const intake = { officer: ['intake'] } as const satisfies ActorRule;
const processing = { officer: ['processor', 'leader'] } as const satisfies ActorRule;
const leader = { officer: ['leader'] } as const satisfies ActorRule;
const citizen = { citizen: true } as const satisfies ActorRule;

/** Steps where the file is still being worked on, before a draft result is signed. */
const working = ['in_review', 'assigned', 'transferred'] as const satisfies readonly SubStatus[];

// Intake at the desk: NĐ 61/2018/NĐ-CP Điều 18; forms Mẫu 01 (receipt), 02, 03 of TT 01/2018/TT-VPCP.
export const acceptRule: Rule = { by: intake, to: 'accepted', subStatus: null, notice: 'application.accepted' };

export const refuseRule: Rule = {
  by: intake,
  to: 'refused',
  subStatus: null,
  reasonRequired: true,
  endsProcessing: true,
  notice: 'application.refused',
};

/** Before acceptance no SLA clock runs yet, so nothing pauses. */
export const supplementAtIntakeRule: Rule = {
  by: intake,
  to: 'supplement_requested',
  subStatus: null,
  reasonRequired: true,
  payload: 'required',
  notice: 'application.supplement_requested',
};

/** NĐ 61/2018 Điều 20: asked once, with reasons, through the desk; QĐ 766 deducts the waiting time. */
export const supplementInProcessingRule: Rule = {
  ...supplementAtIntakeRule,
  by: processing,
  when: { subStatus: [...working, 'awaiting_approval'] },
  subStatus: 'keep',
  clock: 'pause',
};

/** Not yet accepted: back to "Mới đăng ký" for the desk to check again. Accepted: processing resumes. */
export const receiveSupplementRules: readonly [Rule, Rule] = [
  {
    by: { ...intake, citizen: true },
    when: { accepted: false },
    to: 'submitted',
    subStatus: null,
    notice: 'application.received',
  },
  {
    by: { officer: ['intake', 'processor', 'leader'], citizen: true },
    when: { accepted: true },
    to: 'processing',
    subStatus: 'keep',
    clock: 'resume',
    notice: 'application.received',
  },
];

// Resolution by the competent unit: NĐ 61/2018 Điều 19 (hand-over) and Điều 20, each hand-off on Mẫu 05.
export const startRule: Rule = { by: processing, to: 'processing', subStatus: 'in_review', notice: null };

export const startAfterTransferRule: Rule = { ...startRule, when: { subStatus: ['transferred'] } };

export const assignRule: Rule = {
  by: processing,
  to: 'processing',
  subStatus: 'assigned',
  payload: 'required',
  notice: null,
};

/** From "awaiting approval" too: a leader sends a draft back to an officer by assigning it. */
export const reassignRule: Rule = { ...assignRule, when: { subStatus: [...working, 'awaiting_approval'] } };

/** The desk forwards an accepted dossier (Điều 19); units pass it on (liên thông), also after signing their part. */
export const transferFromDeskRule: Rule = {
  by: { officer: ['intake', 'processor', 'leader'] },
  to: 'processing',
  subStatus: 'transferred',
  payload: 'required',
  notice: 'application.transferred',
};

export const transferOnwardRule: Rule = {
  ...transferFromDeskRule,
  by: processing,
  when: { subStatus: [...working, 'approved'] },
};

export const submitForApprovalRule: Rule = {
  by: processing,
  when: { subStatus: working },
  to: 'processing',
  subStatus: 'awaiting_approval',
  notice: null,
};

export const approveRule: Rule = {
  by: leader,
  when: { subStatus: ['awaiting_approval'] },
  to: 'processing',
  subStatus: 'approved',
  notice: null,
};

export const requestPaymentRule: Rule = {
  by: processing,
  to: 'payment_requested',
  subStatus: 'keep',
  payload: 'required',
  notice: 'application.payment_requested',
};

export const confirmPaymentRule: Rule = {
  by: { ...intake, system: true },
  to: 'processing',
  subStatus: 'keep',
  notice: null,
};

/** A result exists only once signed. */
export const completeRule: Rule = {
  by: processing,
  when: { subStatus: ['approved'] },
  to: 'result_ready',
  subStatus: null,
  payload: 'optional',
  endsProcessing: true,
  notice: 'application.result_ready',
};

/**
 * Mẫu 04 (TT 01/2018/TT-VPCP), sent before the deadline (NĐ 61/2018 Điều 20); NĐ 107/2021/NĐ-CP
 * allows one new date only. The dossier stays where it is.
 */
export function rescheduleRule(status: Status): Rule {
  return {
    by: leader,
    to: status,
    subStatus: 'keep',
    reasonRequired: true,
    payload: 'required',
    once: 'rescheduled',
    beforeDue: true,
    notice: 'application.rescheduled',
  };
}

/** NĐ 61/2018 Điều 21: the desk hands the result over. */
export const returnResultRule: Rule = {
  by: intake,
  to: 'returned',
  subStatus: null,
  payload: 'required',
  notice: 'application.returned',
};

/** The citizen's request (status 7); an officer then stops the dossier. */
export const withdrawRule: Rule = { by: citizen, to: 'withdrawal_requested', subStatus: null, notice: null };

/** Stopping on the unit's own grounds is a leader's decision (TT 03/2025/TT-VPCP Mẫu 05, stop notice). */
export const stopRule: Rule = {
  by: leader,
  to: 'stopped',
  subStatus: null,
  reasonRequired: true,
  endsProcessing: true,
  notice: 'application.stopped',
};

/** Confirming the citizen's own withdrawal involves no discretion: any officer holding the dossier. */
export const stopWithdrawnRule: Rule = {
  ...stopRule,
  by: { officer: ['intake', 'processor', 'leader'] },
  notice: 'application.withdrawal_confirmed',
};
