import type { SendResult } from '../channels/index.ts';
import type { CreateUploadDeps } from '../attachments/index.ts';
import type { CatalogCache } from '../catalog/index.ts';
import type { QrTokenService } from '../receipts/index.ts';
import type { Database } from '../../platform/db/database.ts';
import type { LookupLimit } from './domain/lookup-quota.ts';
import type { ChatReply } from './domain/replies.ts';
import type { ImageFetchPolicy } from './media/fetch-chat-image.ts';

/**
 * How the bot (and the officers of the live chat) write to a person on a chat channel. One
 * implementation per channel (the Zalo OA's consultation messages today); `userId` is the channel's
 * id of the person. Never throws for provider faults: they come back as a `SendResult`.
 */
export interface ChatReplyPort {
  send(tenantId: string, userId: string, reply: ChatReply): Promise<SendResult>;
}

/** What the bot needs from the rest of the system. */
export interface ChatbotDeps {
  database: Database;
  now: () => Date;
  replies: ChatReplyPort;
  catalog: CatalogCache;
  qr: Pick<QrTokenService, 'verify'>;
  /** Supplement photos become uploads like the citizen app's. */
  uploads: CreateUploadDeps;
  images: ImageFetchPolicy;
  /** The citizen web app's public address (links that open filing). */
  publicUrl: () => string;
  /** Civic look-ups one person may make in a province's chat (default `DEFAULT_LOOKUP_LIMIT`). */
  lookupLimit?: LookupLimit | undefined;
}
