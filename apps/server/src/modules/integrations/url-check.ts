import { lookup } from 'node:dns/promises';
import { isAddressAllowed, isHostAllowListed, literalAddress } from './domain/address-policy.ts';
import { WebhookUrlInvalidError } from './integrations.errors.ts';
import type { UrlPolicy } from './ports.ts';

/** Resolves a host name to all its addresses (tests may pass their own). */
export type Resolve = (host: string) => Promise<string[]>;

const systemResolve: Resolve = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

function parse(raw: string): URL {
  try {
    return new URL(raw.trim());
  } catch {
    throw new WebhookUrlInvalidError(
      'Địa chỉ không đúng dạng URL (ví dụ https://he-thong.tinh.gov.vn/motcua/webhook).',
    );
  }
}

/**
 * Checks a webhook URL when it is saved, and returns it normalised: https:// (http:// too outside
 * production), no user or password in it, and a host that is neither private nor loopback unless
 * the allow-list permits it. Deliveries check the address again when they connect.
 */
export async function checkWebhookUrl(
  raw: string,
  policy: UrlPolicy,
  resolve: Resolve = systemResolve,
): Promise<string> {
  const url = parse(raw);
  if (url.protocol !== 'https:' && (url.protocol !== 'http:' || policy.httpsOnly)) {
    throw new WebhookUrlInvalidError(
      policy.httpsOnly ? 'Địa chỉ phải bắt đầu bằng https://.' : 'Địa chỉ phải là http:// hoặc https://.',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new WebhookUrlInvalidError(
      'Địa chỉ không được chứa tên đăng nhập hay mật khẩu; hãy kiểm tra chữ ký thay vào đó.',
    );
  }
  url.hash = '';
  if (isHostAllowListed(url.hostname, policy.allowList)) return url.toString();
  const literal = literalAddress(url.hostname);
  let addresses: string[];
  try {
    addresses = literal !== undefined ? [literal] : await resolve(url.hostname);
  } catch {
    throw new WebhookUrlInvalidError('Không tìm thấy máy chủ của địa chỉ này (tên miền không phân giải được).');
  }
  if (addresses.length === 0 || !addresses.every((a) => isAddressAllowed(a, policy.allowList))) {
    throw new WebhookUrlInvalidError('Địa chỉ trỏ tới mạng nội bộ hoặc địa chỉ đặc biệt, không được phép gửi tới.');
  }
  return url.toString();
}
