import { and, eq } from 'drizzle-orm';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { open } from '../../../platform/crypto/seal.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { citizenOtps } from '../../../platform/db/schema/index.ts';
import type { Channel, ChannelKind, Content } from '../../channels/index.ts';
import { DeliveryRetryLater } from './deliver-notice.ts';

export interface DeliverOtpDeps {
  database: Database;
  keyProvider: KeyProvider;
  channels: ReadonlyMap<ChannelKind, Channel>;
  now: () => Date;
}

export interface OtpJob {
  tenantId: string;
  otpId: string;
  phone: string;
  keyId: string;
  sealedCode: string;
}

/** The routes a sign-in code may take: SMS first, then the province's Zalo OTP template. */
const OTP_ROUTES: readonly ('sms' | 'zalo_template')[] = ['sms', 'zalo_template'];

function contentFor(route: 'sms' | 'zalo_template', code: string): Content {
  return route === 'sms'
    ? { kind: 'text', text: `Mã xác thực Một Cửa của bạn là ${code}, có hiệu lực 5 phút. Không chia sẻ mã này với ai.` }
    : { kind: 'template', templateId: 'otp', params: { otp: code } };
}

/**
 * Sends a citizen's sign-in code (job `notifications:otp`, enqueued with the code sealed). A code
 * already used or expired is not sent. Where no channel can reach the phone (the demo province), the
 * job ends quietly: the demo shows the code on screen instead.
 */
export async function deliverOtp(deps: DeliverOtpDeps, job: OtpJob): Promise<'sent' | 'expired' | 'no_channel'> {
  const otp = await withTx(deps.database, job.tenantId, async (tx) => {
    const rows = await tx
      .select({ expiresAt: citizenOtps.expiresAt, consumedAt: citizenOtps.consumedAt })
      .from(citizenOtps)
      .where(and(eq(citizenOtps.tenantId, job.tenantId), eq(citizenOtps.id, job.otpId)));
    return rows[0];
  });
  if (!otp || otp.consumedAt !== null || otp.expiresAt.getTime() <= deps.now().getTime()) return 'expired';
  const key = deps.keyProvider.byId(job.tenantId, job.keyId);
  const code = open(key.key, Buffer.from(job.sealedCode, 'base64'), `otp:${job.tenantId}:${job.otpId}`).toString(
    'utf8',
  );
  for (const route of OTP_ROUTES) {
    const channel = deps.channels.get(route);
    if (!channel?.canReach({ phone: job.phone })) continue;
    const result = await channel.send({
      tenantId: job.tenantId,
      // The code's id keeps a retried send recognisable by providers that deduplicate.
      deliveryId: job.otpId,
      attempt: 1,
      to: { phone: job.phone },
      content: contentFor(route, code),
    });
    if (result.outcome === 'sent') return 'sent';
    if (result.outcome === 'retry') throw new DeliveryRetryLater(route, result.reason, result.retryAfterMs);
  }
  return 'no_channel';
}
