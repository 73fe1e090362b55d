import { SimClock } from './clock.ts';
import { EventFeed } from './events.ts';
import { Faults } from './faults.ts';
import { MediaStore } from './media.ts';
import { MiniAppIdentity } from './mini-app.ts';
import { OaTokens } from './oa-tokens.ts';
import type { ZaloSimOptions } from './options.ts';
import { RateLimiter } from './rate-limit.ts';
import { OaUsers } from './users.ts';
import type { EventContext } from './webhook-events.ts';
import { Webhooks } from './webhooks.ts';
import { ZnsStore } from './zns-store.ts';

/** Everything one simulated Zalo app holds in memory; the routes are thin layers over it. */
export interface SimState {
  readonly options: ZaloSimOptions;
  readonly clock: SimClock;
  readonly miniApp: MiniAppIdentity;
  readonly tokens: OaTokens;
  readonly users: OaUsers;
  readonly media: MediaStore;
  readonly zns: ZnsStore;
  readonly feed: EventFeed;
  readonly webhooks: Webhooks;
  readonly faults: Faults;
  readonly rateLimiter: RateLimiter;
}

/** `options.now` is replaced by the simulator clock (the option plus the scripted offset). */
export function createSimState(given: ZaloSimOptions): SimState {
  const clock = new SimClock(given.now);
  const options: ZaloSimOptions = { ...given, now: clock.now };
  const feed = new EventFeed(clock.now);
  return {
    options,
    clock,
    miniApp: new MiniAppIdentity(options),
    tokens: new OaTokens(options),
    users: new OaUsers(options, feed),
    media: new MediaStore(clock.now),
    zns: new ZnsStore(() => options.znsDailyQuota, clock.now),
    feed,
    webhooks: new Webhooks(options, feed),
    faults: new Faults(),
    rateLimiter: new RateLimiter(() => options.rateLimitPerMinute, clock.now),
  };
}

export function eventContext(state: SimState): EventContext {
  return { appId: state.options.appId, oaId: state.options.oaId, timestamp: String(state.clock.now().getTime()) };
}
