import type { Action } from './actions.ts';
import type { Actor, Command } from './command.ts';
import type { DossierState } from './dossier-state.ts';
import type { NoticeKey } from './notices.ts';
import { payloadIsValid } from './payloads.ts';
import type { Status } from './statuses.ts';
import type { SubStatus } from './sub-statuses.ts';
import { entryRules, type ActorRule, type Rule, type TableEntry } from './transition-rules.ts';
import { transitionTable } from './transition-table.ts';

/**
 * Why a command was refused.
 * - `TRANSITION_NOT_ALLOWED`: the action is not possible from the dossier's status and step (409).
 * - `ROLE_NOT_ALLOWED`: the actor's kind or roles may not take this action (403).
 * - `OUT_OF_SCOPE`: the officer holds a suitable role, but not on the unit holding the dossier (403).
 * - `REASON_REQUIRED`: refuse, request_supplement, stop and reschedule need a non-blank reason.
 * - `PAYLOAD_INVALID`: the action's payload is missing or malformed (see `ActionPayloads`).
 * - `ALREADY_RESCHEDULED`: a new date was already promised once (NĐ 107/2021/NĐ-CP).
 * - `RESCHEDULE_TOO_LATE`: the due date in force has passed; an apology must come before it.
 */
export type DecisionError =
  | 'TRANSITION_NOT_ALLOWED'
  | 'ROLE_NOT_ALLOWED'
  | 'OUT_OF_SCOPE'
  | 'REASON_REQUIRED'
  | 'PAYLOAD_INVALID'
  | 'ALREADY_RESCHEDULED'
  | 'RESCHEDULE_TOO_LATE';

/** What happens to the SLA clock: paused while the citizen supplements, resumed when it arrives. */
export type ClockEffect = 'pause' | 'resume' | 'none';

/** An accepted command: what the caller records and projects. */
export interface Transition {
  readonly ok: true;
  readonly to: { readonly status: Status; readonly subStatus: SubStatus | null };
  /** The citizen notification intent to enqueue, or null for internal steps. */
  readonly notice: NoticeKey | null;
  readonly clock: ClockEffect;
  /** Whether this is the "end of processing" moment of QĐ 766/QĐ-TTg (sets `ended_at`). */
  readonly endsProcessing: boolean;
  /** Set when the dossier changes hands: transfer, or a result sent back to the desk. */
  readonly transfer?: { readonly toUnitId: string };
}

/** A refused command. */
export interface Rejection {
  readonly ok: false;
  readonly reason: DecisionError;
}

/** The outcome of `decide`. */
export type Decision = Transition | Rejection;

/** The outcome of the checks that come before reason and payload. */
export type Access = { readonly ok: true; readonly rule: Rule } | Rejection;

function reject(reason: DecisionError): Rejection {
  return { ok: false, reason };
}

function guardHolds(rule: Rule, state: DossierState): boolean {
  if (rule.beforeDue === true && state.dueAt === null) return false;
  const guard = rule.when;
  if (guard === undefined) return true;
  if (guard.accepted !== undefined && guard.accepted !== state.accepted) return false;
  if (guard.subStatus === undefined) return true;
  return state.subStatus !== null && guard.subStatus.includes(state.subStatus);
}

/** The rule for this action on this dossier, if its status, step and flags allow the action at all. */
export function ruleFor(state: DossierState, action: Action): Rule | undefined {
  const entry: TableEntry = transitionTable[state.status][action];
  return entryRules(entry).find((rule) => guardHolds(rule, state));
}

/**
 * Role scope: a role counts on the unit it is held on, and only the unit holding the dossier
 * matters. Expanding roles down a unit tree is the caller's policy, applied before calling.
 */
function authorize(by: ActorRule, actor: Actor, unitId: string): DecisionError | null {
  switch (actor.kind) {
    case 'citizen':
      return by.citizen === true ? null : 'ROLE_NOT_ALLOWED';
    case 'system':
      return by.system === true ? null : 'ROLE_NOT_ALLOWED';
    case 'officer': {
      const allowed = by.officer ?? [];
      const suitable = actor.roles.filter((held) => allowed.some((role) => role === held.role));
      if (suitable.length === 0) return 'ROLE_NOT_ALLOWED';
      return suitable.some((held) => held.unitId === unitId) ? null : 'OUT_OF_SCOPE';
    }
  }
}

/** Checks `once` and `beforeDue`; without `now` the due-date comparison is skipped. */
function limitsAllow(rule: Rule, state: DossierState, now: Date | undefined): DecisionError | null {
  if (rule.once === 'rescheduled' && state.rescheduled) return 'ALREADY_RESCHEDULED';
  if (rule.beforeDue === true && now !== undefined && state.dueAt !== null && now.getTime() >= state.dueAt.getTime()) {
    return 'RESCHEDULE_TOO_LATE';
  }
  return null;
}

/**
 * Whether the actor may take the action on the dossier now, before looking at reason and payload.
 * Shared by `decide` and `allowedActions` so that the two always agree.
 */
export function checkAccess(state: DossierState, action: Action, actor: Actor, now: Date | undefined): Access {
  const rule = ruleFor(state, action);
  if (rule === undefined) return reject('TRANSITION_NOT_ALLOWED');
  const denied = authorize(rule.by, actor, state.currentUnitId) ?? limitsAllow(rule, state, now);
  return denied === null ? { ok: true, rule } : reject(denied);
}

function targetSubStatus(rule: Rule, state: DossierState): SubStatus | null {
  if (rule.subStatus !== 'keep') return rule.subStatus;
  if (rule.to === 'processing') return state.subStatus ?? 'in_review';
  return state.subStatus;
}

/** The unit taking the dossier over, if any: the transfer target, or the desk a result goes back to. */
function handoff(state: DossierState, command: Command): { toUnitId: string } | undefined {
  const payload = command.payload;
  let toUnitId: string | undefined;
  if (command.action === 'transfer' && payload !== undefined && 'toUnitId' in payload) toUnitId = payload.toUnitId;
  if (command.action === 'complete' && payload !== undefined && 'returnToUnitId' in payload) {
    toUnitId = payload.returnToUnitId;
  }
  return toUnitId === undefined || toUnitId === state.currentUnitId ? undefined : { toUnitId };
}

function transition(rule: Rule, state: DossierState, command: Command): Transition {
  const transfer = handoff(state, command);
  return {
    ok: true,
    to: { status: rule.to, subStatus: targetSubStatus(rule, state) },
    notice: rule.notice,
    clock: rule.clock ?? 'none',
    endsProcessing: rule.endsProcessing === true,
    ...(transfer === undefined ? {} : { transfer }),
  };
}

/**
 * Decides a command against a dossier: the transition to record, or why not. Pure: no clock
 * (`command.now` is the time), no I/O. Checks run in order: status and step, actor and unit scope,
 * once-only and due-date limits, reason, payload.
 */
export function decide(state: DossierState, command: Command): Decision {
  const granted = checkAccess(state, command.action, command.actor, command.now);
  if (!granted.ok) return granted;
  const { rule } = granted;
  if (rule.reasonRequired === true && (command.reason === undefined || command.reason.trim() === '')) {
    return reject('REASON_REQUIRED');
  }
  if (rule.payload === 'required' && command.payload === undefined) return reject('PAYLOAD_INVALID');
  if (rule.payload !== undefined && !payloadIsValid(command.action, command.payload, state, command.now)) {
    return reject('PAYLOAD_INVALID');
  }
  return transition(rule, state, command);
}
