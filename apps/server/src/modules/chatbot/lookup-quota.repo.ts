import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { chatLookupQuotas } from '../../platform/db/schema/index.ts';

/** When the thread's recent civic look-ups ran; call under the thread's row lock (a turn holds it). */
export async function findRecentLookups(tx: Tx, tenantId: string, threadId: string): Promise<Date[]> {
  const rows = await tx
    .select({ recentAt: chatLookupQuotas.recentAt })
    .from(chatLookupQuotas)
    .where(and(eq(chatLookupQuotas.tenantId, tenantId), eq(chatLookupQuotas.threadId, threadId)));
  return rows[0]?.recentAt ?? [];
}

export async function saveRecentLookups(tx: Tx, tenantId: string, threadId: string, times: Date[]): Promise<void> {
  await tx
    .insert(chatLookupQuotas)
    .values({ tenantId, threadId, recentAt: times })
    .onConflictDoUpdate({ target: [chatLookupQuotas.tenantId, chatLookupQuotas.threadId], set: { recentAt: times } });
}
