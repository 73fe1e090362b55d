import { viAdmin } from './vi/admin.ts';
import { viBroadcasts } from './vi/broadcasts.ts';
import { viIntegrations } from './vi/integrations.ts';
import { viLookups } from './vi/lookups.ts';
import { viCommon } from './vi/common.ts';
import { viDossiers } from './vi/dossiers.ts';
import { viIntake } from './vi/intake.ts';
import { viReports } from './vi/reports.ts';

/** Vietnamese copy, the default language. Keys are English; `{name}` marks a parameter. */
export const vi = {
  ...viCommon,
  ...viDossiers,
  ...viIntake,
  ...viReports,
  ...viAdmin,
  ...viBroadcasts,
  ...viIntegrations,
  ...viLookups,
} as const;

export type MessageKey = keyof typeof vi;
