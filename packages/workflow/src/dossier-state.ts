import type { Status } from './statuses.ts';
import type { SubStatus } from './sub-statuses.ts';

/**
 * What the status machine needs to know about a dossier. The server builds it from the
 * `applications` projection; the apps from the dossier they display.
 */
export interface DossierState {
  readonly status: Status;
  /**
   * The step inside status 4. While the dossier waits in status 5 or 6 after leaving status 4,
   * it keeps the step to resume at; otherwise it is null outside status 4.
   */
  readonly subStatus: SubStatus | null;
  /** Whether the desk has accepted the dossier (Mẫu 01 issued, SLA clock started). */
  readonly accepted: boolean;
  /** Whether the apology with a new date (Mẫu 04) has already been issued. */
  readonly rescheduled: boolean;
  /** The unit holding the dossier now: officer roles count on this unit only. */
  readonly currentUnitId: string;
  /** The due date in force (the new date once rescheduled), or null before acceptance. */
  readonly dueAt: Date | null;
}
