import { enCommon } from './en/common.ts';
import { enDossiers } from './en/dossiers.ts';
import type { MessageKey } from './vi.ts';

export const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enDossiers,
};
