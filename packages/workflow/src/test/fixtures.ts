import type { Action } from '../actions.ts';
import type { Actor, Command, CommandPayload } from '../command.ts';
import type { Decision } from '../decide.ts';
import type { DossierState } from '../dossier-state.ts';
import type { Role } from '../roles.ts';
import { statuses, type Status } from '../statuses.ts';
import type { SubStatus } from '../sub-statuses.ts';

export const deskUnit = 'unit-desk';
export const otherUnit = 'unit-department';
export const now = new Date('2026-03-02T02:00:00Z');
export const dueAt = new Date('2026-03-10T10:00:00Z');
export const DAY = 24 * 60 * 60 * 1000;

/** An officer holding the given roles on the unit (the desk by default). */
export function officer(roles: readonly Role[], unitId = deskUnit): Actor {
  return { kind: 'officer', officerId: 'officer-1', roles: roles.map((role) => ({ unitId, role })) };
}

export const allRoles = officer(['intake', 'processor', 'leader']);
export const adminOnly = officer(['admin']);
export const citizen: Actor = { kind: 'citizen' };
export const system: Actor = { kind: 'system' };

/** A typical dossier per status; in 5 and 6 it keeps the step it left status 4 at. */
const canonical: Readonly<Record<Status, Pick<DossierState, 'subStatus' | 'accepted' | 'dueAt'>>> = {
  submitted: { subStatus: null, accepted: false, dueAt: null },
  accepted: { subStatus: null, accepted: true, dueAt },
  refused: { subStatus: null, accepted: false, dueAt: null },
  processing: { subStatus: 'in_review', accepted: true, dueAt },
  supplement_requested: { subStatus: 'assigned', accepted: true, dueAt },
  payment_requested: { subStatus: 'approved', accepted: true, dueAt },
  withdrawal_requested: { subStatus: null, accepted: true, dueAt },
  stopped: { subStatus: null, accepted: true, dueAt },
  result_ready: { subStatus: null, accepted: true, dueAt },
  returned: { subStatus: null, accepted: true, dueAt },
};

/** A typical dossier in the status, held by the desk unit, not yet rescheduled, due in the future. */
export function stateOf(status: Status, overrides: Partial<DossierState> = {}): DossierState {
  return { status, rescheduled: false, currentUnitId: deskUnit, ...canonical[status], ...overrides };
}

/** A dossier in status 4 at the given step. */
export function processingAt(subStatus: SubStatus, overrides: Partial<DossierState> = {}): DossierState {
  return stateOf('processing', { subStatus, ...overrides });
}

/** A payload that is valid for the action on a dossier due at `dueAt` (held by `state`'s unit, if given). */
export function validPayload(action: Action, state?: DossierState): CommandPayload | undefined {
  switch (action) {
    case 'request_supplement':
      return { items: ['Bản sao Giấy khai sinh', 'Tờ khai có chữ ký của người yêu cầu'] };
    case 'transfer':
      return { toUnitId: state?.currentUnitId === otherUnit ? deskUnit : otherUnit };
    case 'assign':
      return { officerId: 'officer-2' };
    case 'reschedule':
      return { newDueAt: new Date(dueAt.getTime() + 3 * DAY) };
    case 'request_payment':
      return { amount: 50_000 };
    case 'return_result':
      return { originalsChecked: true, feeCollected: 0 };
    case 'accept':
    case 'refuse':
    case 'receive_supplement':
    case 'start_processing':
    case 'submit_for_approval':
    case 'approve':
    case 'confirm_payment':
    case 'complete':
    case 'stop':
    case 'withdraw':
      return undefined;
  }
}

/** A command with a valid reason and payload for the action (on `state`, if given). */
export function validCommand(
  action: Action,
  actor: Actor,
  overrides: Partial<Command> = {},
  state?: DossierState,
): Command {
  const payload = validPayload(action, state);
  return {
    action,
    actor,
    now,
    reason: 'Lý do ghi trên phiếu',
    ...(payload === undefined ? {} : { payload }),
    ...overrides,
  };
}

/** Lets a test pass a malformed payload, as one could arrive over the network. */
export function rawPayload(value: unknown): CommandPayload {
  return value as CommandPayload;
}

const subCodes: Readonly<Record<SubStatus, string>> = {
  in_review: 'rv',
  assigned: 'as',
  transferred: 'tr',
  awaiting_approval: 'aw',
  approved: 'ap',
};

/**
 * A decision in the grids' notation: the national status code plus a two-letter step ("4as" =
 * processing, assigned), "." for TRANSITION_NOT_ALLOWED, "R" for ROLE_NOT_ALLOWED, else the error.
 */
export function cell(decision: Decision): string {
  if (!decision.ok) {
    if (decision.reason === 'TRANSITION_NOT_ALLOWED') return '.';
    return decision.reason === 'ROLE_NOT_ALLOWED' ? 'R' : decision.reason;
  }
  const { status, subStatus } = decision.to;
  return `${statuses[status].code}${subStatus === null ? '' : subCodes[subStatus]}`;
}

/** Parses a grid: a header row of action abbreviations, then one row per label. */
export function parseGrid(grid: string, columns: Readonly<Record<string, Action>>): [string, Action, string][] {
  const [header, ...rows] = grid
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  const actionsInOrder = (header ?? []).map((abbreviation) => columns[abbreviation]);
  return rows.flatMap(([label = '', ...cells]) =>
    cells.map((expected, index): [string, Action, string] => {
      const action = actionsInOrder[index];
      if (action === undefined) throw new Error(`grid row ${label} has too many cells`);
      return [label, action, expected];
    }),
  );
}

/** The grids' column abbreviations. */
export const gridColumns: Readonly<Record<string, Action>> = {
  acc: 'accept',
  ref: 'refuse',
  sup: 'request_supplement',
  rcv: 'receive_supplement',
  sta: 'start_processing',
  asg: 'assign',
  trf: 'transfer',
  sfa: 'submit_for_approval',
  apv: 'approve',
  pay: 'request_payment',
  cfp: 'confirm_payment',
  rsc: 'reschedule',
  cmp: 'complete',
  ret: 'return_result',
  stp: 'stop',
  wdr: 'withdraw',
};

/** Every kind of dossier the tests walk: each status, each step of 4, and flag variants. */
export function sampleStates(): [string, DossierState][] {
  const byStatus = (Object.keys(statuses) as Status[]).map((status): [string, DossierState] => [
    status,
    stateOf(status),
  ]);
  const bySubStatus = (['in_review', 'assigned', 'transferred', 'awaiting_approval', 'approved'] as const).map(
    (subStatus): [string, DossierState] => [`processing/${subStatus}`, processingAt(subStatus)],
  );
  return [
    ...byStatus,
    ...bySubStatus,
    [
      'supplement before acceptance',
      stateOf('supplement_requested', { accepted: false, subStatus: null, dueAt: null }),
    ],
    ['payment at in_review', stateOf('payment_requested', { subStatus: 'in_review' })],
    ['processing, rescheduled', processingAt('assigned', { rescheduled: true })],
    ['processing, past due', processingAt('assigned', { dueAt: new Date(now.getTime() - DAY) })],
    ['processing, no due date', processingAt('assigned', { dueAt: null })],
    ['accepted, held elsewhere', stateOf('accepted', { currentUnitId: otherUnit })],
  ];
}

/** Every kind of actor the tests try. */
export function sampleActors(): [string, Actor][] {
  return [
    ['all processing roles', allRoles],
    ['intake', officer(['intake'])],
    ['processor', officer(['processor'])],
    ['leader', officer(['leader'])],
    ['admin', adminOnly],
    ['all roles elsewhere', officer(['intake', 'processor', 'leader'], otherUnit)],
    ['no roles', officer([])],
    ['citizen', citizen],
    ['system', system],
  ];
}
