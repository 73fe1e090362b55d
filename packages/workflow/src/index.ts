export * from './statuses.ts';
export * from './roles.ts';
export * from './actions.ts';
export * from './sub-statuses.ts';
export * from './notices.ts';
export type * from './dossier-state.ts';
export type * from './command.ts';
export { payloadIsValid, takesPayload } from './payloads.ts';
export {
  entryRules,
  type ActorRule,
  type Guard,
  type Rule,
  type TableEntry,
  type TargetSubStatus,
} from './transition-rules.ts';
export { transitionTable, type StatusRow, type TransitionTable } from './transition-table.ts';
export {
  decide,
  ruleFor,
  type ClockEffect,
  type Decision,
  type DecisionError,
  type Rejection,
  type Transition,
} from './decide.ts';
export { allowedActions } from './allowed-actions.ts';
