import { enAdmin } from './en/admin.ts';
import { enBroadcasts } from './en/broadcasts.ts';
import { enIntegrations } from './en/integrations.ts';
import { enLookups } from './en/lookups.ts';
import { enCommon } from './en/common.ts';
import { enDossiers } from './en/dossiers.ts';
import { enIntake } from './en/intake.ts';
import { enReports } from './en/reports.ts';
import type { MessageKey } from './vi.ts';

export const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enDossiers,
  ...enIntake,
  ...enReports,
  ...enAdmin,
  ...enBroadcasts,
  ...enIntegrations,
  ...enLookups,
};
