import { Value } from '@sinclair/typebox/value';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { findSetting } from '../calendar.repo.ts';
import { MESSAGING_SETTING_KEY, Messaging } from './province-profile.ts';

/**
 * The province's own SMS sender and e-mail From as stored (`channel.messaging`): absent when it has
 * none, or why the stored value cannot be used — never a silent fallback to the deployment's sender.
 */
export type MessagingSetting = { ok: true; messaging: Messaging | undefined } | { ok: false; problem: string };

/**
 * Reads the setting afresh: the channels call this on every SMS and e-mail, so a province created or
 * changed while the system runs sends under its own name from its next message, in every process.
 */
export async function readMessaging(deps: { database: Database }, tenantId: string): Promise<MessagingSetting> {
  const value = await withTx(deps.database, tenantId, (tx) => findSetting(tx, tenantId, MESSAGING_SETTING_KEY));
  if (value === undefined || value === null) return { ok: true, messaging: undefined };
  if (Value.Check(Messaging, value)) return { ok: true, messaging: value };
  const first = [...Value.Errors(Messaging, value)][0];
  return {
    ok: false,
    problem: `the province's ${MESSAGING_SETTING_KEY} setting is invalid (${first?.path || '/'}: ${first?.message ?? 'unexpected value'})`,
  };
}
