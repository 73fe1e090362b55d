import { Type } from '@sinclair/typebox';

/** The limit on civic look-ups in the chat (read with the rest in `config.ts`; docs/lookups.md). */
export const chatEnv = {
  MOTCUA_CHAT_LOOKUPS_MAX: Type.Integer({ minimum: 1, maximum: 1000, default: 20 }),
  MOTCUA_CHAT_LOOKUPS_MINUTES: Type.Integer({ minimum: 1, maximum: 1440, default: 10 }),
};

export interface ChatConfig {
  /**
   * Civic look-ups (plates, licence numbers, streets) one person may make in the chat of one
   * province within any window of `windowMs`: plates and licence numbers must not be enumerable.
   */
  chatLookups: { max: number; windowMs: number };
}

export function chatOf(env: { MOTCUA_CHAT_LOOKUPS_MAX: number; MOTCUA_CHAT_LOOKUPS_MINUTES: number }): ChatConfig {
  return {
    chatLookups: { max: env.MOTCUA_CHAT_LOOKUPS_MAX, windowMs: env.MOTCUA_CHAT_LOOKUPS_MINUTES * 60_000 },
  };
}
