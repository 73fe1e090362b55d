import ipaddr from 'ipaddr.js';

/**
 * Which addresses a webhook may reach. Public unicast addresses always; private, loopback,
 * link-local and other special ranges (the cloud metadata service, the database next door) only
 * when the operator's allow-list names them: a host name, an address, or a network in CIDR form
 * (`MOTCUA_WEBHOOK_ALLOW_HOSTS`).
 */
export interface AllowList {
  /** Host names allowed whatever they resolve to (lower case). */
  names: ReadonlySet<string>;
  ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

export const EMPTY_ALLOW_LIST: AllowList = { names: new Set(), ranges: [] };

/** Reads the allow-list's entries; an entry that is neither an address nor a network is a host name. */
export function parseAllowList(entries: readonly string[]): AllowList {
  const names = new Set<string>();
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const address = ipaddr.process(entry);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else names.add(entry);
  }
  return { names, ranges };
}

/** A host as URLs write it (`[::1]` for IPv6), without brackets. */
function bare(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/** Whether the allow-list names this host, so any address it resolves to may be reached. */
export function isHostAllowListed(host: string, allow: AllowList): boolean {
  return allow.names.has(bare(host));
}

/** Whether a resolved address may be reached: public unicast, or inside an allowed network. */
export function isAddressAllowed(address: string, allow: AllowList): boolean {
  if (!ipaddr.isValid(bare(address))) return false;
  const parsed = ipaddr.process(bare(address));
  if (parsed.range() === 'unicast') return true;
  return allow.ranges.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits));
}

/** The host as an IP address, when the URL names one directly. */
export function literalAddress(host: string): string | undefined {
  const candidate = bare(host);
  return ipaddr.isValid(candidate) ? candidate : undefined;
}
