import { actionList, type Action } from './actions.ts';
import type { Actor } from './command.ts';
import { checkAccess } from './decide.ts';
import type { DossierState } from './dossier-state.ts';

/**
 * The actions the actor may take on the dossier, for the UIs to show as buttons: exactly those
 * `decide` accepts given a valid reason and payload. Pass `now` to also hide `reschedule` once the
 * due date has passed; without it that time check is left to `decide`.
 */
export function allowedActions(state: DossierState, actor: Actor, now?: Date): Action[] {
  return actionList.filter((action) => checkAccess(state, action, actor, now).ok);
}
