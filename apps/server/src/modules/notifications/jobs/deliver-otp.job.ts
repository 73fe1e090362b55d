import type { Task } from 'graphile-worker';
import { deliverOtp, type DeliverOtpDeps, type OtpJob } from '../use-cases/deliver-otp.ts';

function isOtpJob(value: unknown): value is OtpJob {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['tenantId', 'otpId', 'phone', 'keyId', 'sealedCode'].every((k) => typeof r[k] === 'string');
}

/** `notifications:otp`: a citizen's sign-in code, sealed in the job; never logged. */
export function deliverOtpJob(deps: DeliverOtpDeps): Task {
  return async (payload) => {
    if (!isOtpJob(payload)) throw new Error('notifications:otp needs tenantId, otpId, phone, keyId and sealedCode');
    await deliverOtp(deps, payload);
  };
}
