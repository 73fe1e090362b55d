import type { TaskList } from 'graphile-worker';
import { eq } from 'drizzle-orm';
import type { Config } from './config/config.ts';
import { processEnvironment } from './config/environment.ts';
import {
  createChannels,
  createOaTokenStore,
  drainWebhookEventsJob,
  processWebhookEventJob,
  sweepWebhookEventsJob,
  WEBHOOK_DRAIN_JOB,
  WEBHOOK_SWEEP_JOB,
  ZALO_HOSTS,
  zaloChatChannel,
  zaloChatReplies,
  zaloTemplateChannel,
  type Channel,
  type ChannelKind,
  type DeliveryReceipt,
  type OaTokenStore,
  type ZaloHosts,
  type ZaloUserEvent,
} from './modules/channels/index.ts';
import { deliverNoticeJob, deliverOtpJob, recordDeliveryReceipt } from './modules/notifications/index.ts';
import { createObjectStore } from './modules/attachments/index.ts';
import { createCatalogCache } from './modules/catalog/index.ts';
import { deliverChatJob, DELIVER_JOB, handleChatEvent, type ChatbotDeps } from './modules/chatbot/index.ts';
import { createQrTokenService } from './modules/receipts/index.ts';
import { readMessaging, readZaloCredentials } from './modules/tenants/index.ts';
import { integrationTasks } from './integrating.ts';
import type { KeyProvider } from './platform/crypto/key-provider.ts';
import { withTx, type Database, type Tx } from './platform/db/database.ts';
import { zaloOaTokens } from './platform/db/schema/index.ts';

export interface DeliveryWiring {
  database: Database;
  keyProvider: KeyProvider;
  config: Pick<
    Config,
    | 'sms'
    | 'smtp'
    | 'zaloHosts'
    | 'znsDeduplicates'
    | 'publicUrl'
    | 'mode'
    | 'zaloMediaHosts'
    | 'storage'
    | 'uploadMaxBytes'
    | 'searchRefreshMs'
  > &
    Partial<Pick<Config, 'sendLeaseMs' | 'integrations' | 'smtpTimeoutMs' | 'chatLookups'>>;
  /** Zalo's hosts as this process reaches them (demo mode: the mounted simulator, once listening). */
  zaloHosts: () => ZaloHosts;
  /** The citizen app's public address (for tracking links), once known. */
  publicUrl: () => string;
  now: () => Date;
}

/** Zalo's hosts from the configuration, each falling back to `fallback` (Zalo's, or the simulator's). */
export function configuredZaloHosts(config: Pick<Config, 'zaloHosts'>, fallback: ZaloHosts = ZALO_HOSTS): ZaloHosts {
  return { ...fallback, ...config.zaloHosts };
}

/** Photo hosts the bot may fetch from: the configured list, plus the simulator's outside production. */
function mediaHosts(wiring: DeliveryWiring): () => string[] {
  return () => {
    if (wiring.config.mode === 'production') return wiring.config.zaloMediaHosts;
    const sim = new URL(wiring.zaloHosts().openapi);
    const port = sim.port === '' ? '' : `:${sim.port}`;
    return [...wiring.config.zaloMediaHosts, `${sim.hostname}${port}`, `localhost${port}`];
  };
}

/** The chat bot as the webhook job runs it, replying through the OA's consultation messages. */
function chatbotDeps(wiring: DeliveryWiring, tokens: OaTokenStore): ChatbotDeps {
  return {
    database: wiring.database,
    now: wiring.now,
    replies: zaloChatReplies({ tokens, hosts: wiring.zaloHosts }),
    catalog: createCatalogCache(wiring.database, wiring.config.searchRefreshMs),
    qr: createQrTokenService({ database: wiring.database, keyProvider: wiring.keyProvider }),
    uploads: {
      database: wiring.database,
      keyProvider: wiring.keyProvider,
      store: createObjectStore(wiring.config.storage),
      config: { uploadMaxBytes: wiring.config.uploadMaxBytes },
    },
    images: { allowedHosts: mediaHosts(wiring), maxBytes: wiring.config.uploadMaxBytes, timeoutMs: 10_000 },
    publicUrl: wiring.publicUrl,
    lookupLimit: wiring.config.chatLookups,
  };
}

/**
 * The delivery side of the system: every channel this installation has (Zalo OA chat and template
 * messages for provinces that connected their OA, SMS and e-mail when configured) and the jobs that
 * use them — citizen notices, the processing of Zalo's webhook events (the chat bot answers a
 * person's messages) and the sending of live-chat replies.
 */
export function deliveryTasks(wiring: DeliveryWiring): { tasks: TaskList; tokens: OaTokenStore } {
  const credentials = (tenantId: string) =>
    readZaloCredentials({ database: wiring.database, keyProvider: wiring.keyProvider }, tenantId);
  const tokens = createOaTokenStore({
    database: wiring.database,
    keyProvider: wiring.keyProvider,
    hosts: wiring.zaloHosts,
    credentials,
    now: wiring.now,
  });
  const zaloDeps = {
    tokens,
    hosts: wiring.zaloHosts,
    znsDeduplicates: wiring.config.znsDeduplicates,
    connected: async (tenantId: string) => {
      if (!(await credentials(tenantId))) return false;
      const rows = await withTx(wiring.database, tenantId, (tx) =>
        tx.select({ id: zaloOaTokens.tenantId }).from(zaloOaTokens).where(eq(zaloOaTokens.tenantId, tenantId)),
      );
      return rows.length > 0;
    },
    templateId: async (tenantId: string, name: string) => (await credentials(tenantId))?.znsTemplates[name],
  };
  // SMS and e-mail under each province's own sender and mail server, read at every send.
  const channels = new Map<ChannelKind, Channel>(
    createChannels(wiring.config, {
      sendersOf: (tenantId) => readMessaging({ database: wiring.database }, tenantId),
      secret: (name) => processEnvironment()[name],
    }),
  );
  channels.set('zalo_cs', zaloChatChannel(zaloDeps));
  channels.set('zalo_template', zaloTemplateChannel(zaloDeps));
  const bot = chatbotDeps(wiring, tokens);
  const webhookDeps = {
    database: wiring.database,
    now: wiring.now,
    onUserEvent: (event: ZaloUserEvent) => handleChatEvent(bot, { ...event, channel: 'zalo' }),
    // Zalo's delivery receipts land on the notices they report (channels know nothing of notices).
    onDeliveryReceipt: async (tx: Tx, tenantId: string, receipt: DeliveryReceipt) => {
      await recordDeliveryReceipt(tx, tenantId, receipt);
    },
  };
  return {
    tokens,
    tasks: {
      'notifications:deliver': deliverNoticeJob({
        database: wiring.database,
        channels,
        publicUrl: wiring.publicUrl,
        now: wiring.now,
        sendingLeaseMs: wiring.config.sendLeaseMs,
      }),
      'notifications:otp': deliverOtpJob({
        database: wiring.database,
        keyProvider: wiring.keyProvider,
        channels,
        now: wiring.now,
      }),
      // Stored OA events, drained per province; `zalo:webhook-event` runs jobs queued per event before.
      [WEBHOOK_DRAIN_JOB]: drainWebhookEventsJob(webhookDeps),
      [WEBHOOK_SWEEP_JOB]: sweepWebhookEventsJob(wiring.database, wiring.now),
      'zalo:webhook-event': processWebhookEventJob(webhookDeps),
      [DELIVER_JOB]: deliverChatJob(bot),
      // Every recorded dossier event, and the signed webhooks it becomes.
      ...integrationTasks({
        database: wiring.database,
        keyProvider: wiring.keyProvider,
        now: wiring.now,
        config: wiring.config,
      }),
    },
  };
}
