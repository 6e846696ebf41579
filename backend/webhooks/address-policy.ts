/**
 * Where webhooks may go: public addresses over HTTPS. Loopback, private, link-local (cloud metadata at
 * 169.254.169.254), carrier-grade NAT, multicast, reserved and unspecified addresses are refused, so a
 * webhook URL cannot make the server call its own network and report back status codes. Hosts named in
 * the development setting (WEBHOOK_ALLOW_HOSTS) may use http and any address. Pure, for both runtimes.
 */

/** IPv4 ranges that are not the public internet, as [first octets, prefix length]. */
const IPV4_REFUSED: [number[], number][] = [
  [[0], 8],
  [[10], 8],
  [[100, 64], 10],
  [[127], 8],
  [[169, 254], 16],
  [[172, 16], 12],
  [[192, 0, 0], 24],
  [[192, 0, 2], 24],
  [[192, 88, 99], 24],
  [[192, 168], 16],
  [[198, 18], 15],
  [[198, 51, 100], 24],
  [[203, 0, 113], 24],
  [[224], 4],
  [[240], 4],
];

function ipv4Number(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function refusedIpv4(n: number): boolean {
  return IPV4_REFUSED.some(([octets, bits]) => {
    const base = [...octets, 0, 0, 0, 0].slice(0, 4).reduce((a, o) => a * 256 + o, 0);
    const size = 2 ** (32 - bits);
    return n >= base && n < base + size;
  });
}

/** Whether an address (IPv4 dotted, or IPv6, brackets allowed) is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  const v4 = ipv4Number(ip);
  if (v4 !== null) return !refusedIpv4(v4);
  if (!ip.includes(':')) return false;
  // IPv4-mapped and -translated (::ffff:10.0.0.1, 64:ff9b::a00:1) are judged by the IPv4 inside.
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return isPublicAddress(mapped[1]!);
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
  if (hex) {
    const n = parseInt(hex[1]!, 16) * 65536 + parseInt(hex[2]!, 16);
    return !refusedIpv4(n);
  }
  if (ip === '::' || ip === '::1') return false;
  const first = parseInt(ip.split(':')[0] || '0', 16);
  // fc00::/7 unique local (also cloud metadata fd00:ec2::254), fe80::/10 link-local, ff00::/8 multicast, 2001:db8::/32 documentation.
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00) return false;
  if (ip.startsWith('2001:db8:') || ip.startsWith('2001:0db8:')) return false;
  return true;
}

const INTERNAL_NAMES = /(^|\.)(localhost|internal|local|localdomain|home\.arpa)$/;

/** Why the URL may not receive webhooks, in words for the admin; null when it may. */
export function webhookUrlProblem(raw: string, allowHosts: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  // The URL parser has already turned 2130706433, 0x7f.0.0.1 and 127.1 into 127.0.0.1.
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (allowHosts.includes(host)) return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'must use https';
  if (url.protocol !== 'https:') return 'must use https (http is allowed only for hosts named in WEBHOOK_ALLOW_HOSTS, for development)';
  if (url.username || url.password) return 'must not carry a user name or password; sign deliveries with the webhook secret instead';
  const literal = ipv4Number(host) !== null || host.includes(':');
  if (literal ? !isPublicAddress(host) : INTERNAL_NAMES.test(host)) {
    return `points at ${host}, a loopback, private or internal address; webhooks go to public addresses only`;
  }
  return null;
}

/** Whether a host may resolve to non-public addresses (it is named in the development setting). */
export const mayBeInternal = (host: string, allowHosts: readonly string[]): boolean =>
  allowHosts.includes(host.replace(/^\[|\]$/g, '').toLowerCase());

/**
 * A fetch that refuses a URL the policy refuses before sending. On Workers, where the platform resolves
 * names and does not reach private networks, this is the whole guard; on Node, `pinnedSend` also checks
 * what the name resolves to.
 */
export function policyFetch(allowHosts: readonly string[], send: typeof fetch = fetch): typeof fetch {
  return (input: string | URL | Request, init?: RequestInit) => {
    const problem = webhookUrlProblem(input instanceof Request ? input.url : String(input), allowHosts);
    return problem ? Promise.reject(new Error(`The webhook URL ${problem}.`)) : send(input, init);
  };
}
