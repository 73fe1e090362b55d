import type { DossierState, Status, SubStatus } from '@motcua/workflow';
import { statusLabel, statuses } from '@motcua/workflow';
import type { ApplicationRow } from '../applications.repo.ts';
import { isOverdue } from '../domain/overdue.ts';

/** The dossier as officers see it after an action (the console reloads details separately). */
export interface ApplicationState {
  code: string;
  status: number;
  statusKey: Status;
  statusLabel: string;
  subStatus: SubStatus | null;
  currentUnitId: string;
  assigneeId: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  rescheduledDueAt: string | null;
  resultReadyAt: string | null;
  returnedAt: string | null;
  /** Result ready before the promised date: the citizen is told it came early. */
  early: boolean;
  overdue: boolean;
  supplementCount: number;
  revision: number;
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

export function applicationState(row: ApplicationRow, now: Date): ApplicationState {
  const status = row.status as Status;
  const due = row.rescheduledDueAt ?? row.dueAt;
  return {
    code: row.code,
    status: statuses[status].code,
    statusKey: status,
    statusLabel: statusLabel(status),
    subStatus: row.subStatus as SubStatus | null,
    currentUnitId: row.currentUnitId,
    assigneeId: row.assigneeId,
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    rescheduledDueAt: iso(row.rescheduledDueAt),
    resultReadyAt: iso(row.resultReadyAt),
    returnedAt: iso(row.returnedAt),
    early: row.resultReadyAt !== null && due !== null && row.resultReadyAt.getTime() < due.getTime(),
    overdue: isOverdue(row, now),
    supplementCount: row.supplementCount,
    revision: row.revision,
  };
}

/** What the shared status machine needs to know of a dossier. */
export function dossierStateOf(row: ApplicationRow): DossierState {
  return {
    status: row.status as Status,
    subStatus: row.subStatus as SubStatus | null,
    accepted: row.receivedAt !== null,
    rescheduled: row.rescheduledDueAt !== null,
    currentUnitId: row.currentUnitId,
    dueAt: row.rescheduledDueAt ?? row.dueAt,
  };
}
