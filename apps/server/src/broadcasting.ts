import type { TaskList } from 'graphile-worker';
import type { Config } from './config/config.ts';
import { broadcastTasks, type BroadcastMessage, type BroadcastSender } from './modules/broadcasts/index.ts';
import {
  zaloBroadcastSender,
  zaloFollowers,
  type ChatReplyContent,
  type OaTokenStore,
  type ZaloHosts,
} from './modules/channels/index.ts';
import type { Database } from './platform/db/database.ts';

export interface BroadcastWiring {
  database: Database;
  tokens: OaTokenStore;
  zaloHosts: () => ZaloHosts;
  config: Pick<Config, 'broadcast'>;
  now: () => Date;
}

/** A broadcast's message as a consultation message: a link goes out as text with an "open" button. */
export function chatContentOf(message: BroadcastMessage): ChatReplyContent {
  switch (message.kind) {
    case 'text':
      return { kind: 'text', text: message.text };
    case 'image':
      return { kind: 'image', url: message.url, caption: message.caption };
    case 'link':
      return { kind: 'text', text: message.text, buttons: [{ title: message.title, url: message.url }] };
  }
}

/** The broadcast jobs, sending through the province's Zalo OA. */
export function broadcastingTasks(wiring: BroadcastWiring): TaskList {
  const zalo = zaloBroadcastSender({ tokens: wiring.tokens, hosts: wiring.zaloHosts });
  const sender: BroadcastSender = {
    sendMany: (tenantId, oaUserIds, message, concurrency) =>
      zalo.sendMany(tenantId, oaUserIds, chatContentOf(message), concurrency),
  };
  return broadcastTasks({
    database: wiring.database,
    now: wiring.now,
    sender,
    directory: zaloFollowers({ tokens: wiring.tokens, hosts: wiring.zaloHosts }),
    settings: {
      ratePerMinute: wiring.config.broadcast.ratePerMinute,
      concurrency: wiring.config.broadcast.concurrency,
      batchSize: 200,
      sliceMs: 20_000,
    },
  });
}
