import type { Action } from './actions.ts';
import type { Role } from './roles.ts';

/** A role an officer holds on one unit. */
export interface RoleAssignment {
  readonly unitId: string;
  readonly role: Role;
}

/**
 * Who issues a command. An officer's role counts on exactly the unit it names: the caller expands
 * roles held on a parent unit to its children (or not) before calling, so that scoping policy
 * stays with the unit tree and out of this package. A citizen is the applicant, already
 * authenticated by the caller (sign-in or the dossier's look-up key); `system` is an automated
 * caller such as the payment gateway.
 */
export type Actor =
  | { readonly kind: 'officer'; readonly officerId: string; readonly roles: readonly RoleAssignment[] }
  | { readonly kind: 'citizen' }
  | { readonly kind: 'system' };

/** The kinds of actor. */
export type ActorKind = Actor['kind'];

/** The payload each action takes; actions not listed take none. */
export interface ActionPayloads {
  /** Mẫu 02 must list everything missing in one go: at least one item, none blank. */
  readonly request_supplement: { readonly items: readonly string[] };
  /** The unit receiving the dossier (liên thông); not the unit holding it. */
  readonly transfer: { readonly toUnitId: string };
  /** The officer who will handle the dossier. */
  readonly assign: { readonly officerId: string };
  /** The one new date promised on Mẫu 04, later than the due date in force. */
  readonly reschedule: { readonly newDueAt: Date };
  /** The amount due, in đồng: a positive whole number. */
  readonly request_payment: { readonly amount: number };
  /** Optional: the desk that will hand the result over, when it is not the unit holding the dossier. */
  readonly complete: { readonly returnToUnitId?: string };
  /** The originals were checked against the filed copies; the fee collected at the desk, in đồng (0 when none). */
  readonly return_result: { readonly originalsChecked: boolean; readonly feeCollected: number };
}

/** Any action's payload. */
export type CommandPayload = ActionPayloads[keyof ActionPayloads];

/** A request to apply an action to a dossier. */
export interface Command {
  readonly action: Action;
  readonly actor: Actor;
  /** The moment of the command: the machine never reads a clock. */
  readonly now: Date;
  /** Required for refuse, request_supplement, stop and reschedule; printed on the citizen's form. */
  readonly reason?: string;
  readonly payload?: CommandPayload;
}
