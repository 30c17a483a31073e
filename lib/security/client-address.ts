import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

type Settings = Record<string, string | undefined>;

/**
 * The proxies in front of this server whose word on a client's address is taken, from
 * JIAOLIU_TRUSTED_PROXIES: none (the default: the address a request's connection comes from is the
 * client's), a number of proxies in a row ("1"), or the proxies' own addresses and networks
 * ("10.0.0.0/8, 192.0.2.7").
 */
export type TrustedProxies = { hops: number } | { addresses: BlockList };

const maxHops = 10;

export function trustedProxies(env: Settings = process.env): TrustedProxies {
  const value = env.JIAOLIU_TRUSTED_PROXIES?.trim() ?? '';
  if (!value) return { hops: 0 };
  if (/^\d+$/.test(value)) {
    if (Number(value) > maxHops) throw new Error(`JIAOLIU_TRUSTED_PROXIES must be from 0 to ${maxHops} proxies (it is ${value}).`);
    return { hops: Number(value) };
  }
  const addresses = new BlockList();
  for (const entry of value.split(',').map((part) => part.trim())) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (!family || rest.length || (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits))) {
      throw new Error(
        `JIAOLIU_TRUSTED_PROXIES must be a number of proxies or a list of their addresses, such as "10.0.0.0/8, 192.0.2.7" ("${entry}" is neither).`,
      );
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) addresses.addAddress(address, type);
    else addresses.addSubnet(address, Number(prefix), type);
  }
  return { addresses };
}

/** An IPv4 address as itself, not wrapped as IPv6 the way a dual-stack socket reports it. */
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d{1,3}(\.\d{1,3}){3}$)/i, '');

/** Stands for the connection's address on the rare request whose socket has already gone. */
const unknownPeer = 'unknown';

/**
 * What the server does to each request before the app sees it: the address the connection comes from
 * goes at the end of X-Forwarded-For, as a proxy would add it. Whatever came before it was said by
 * whoever connected.
 */
export function addPeerAddress(request: IncomingMessage): void {
  const said = [request.headers['x-forwarded-for'] ?? []].flat().join(', ');
  const peer = plainAddress(request.socket.remoteAddress ?? unknownPeer);
  request.headers['x-forwarded-for'] = said ? `${said}, ${peer}` : peer;
}

/**
 * The address a request came from, for limits per address: X-Forwarded-For read from its end (see
 * addPeerAddress), trusting each entry only as far as the trusted proxies go. With none, the
 * connection's own address is the client's, whatever the client put in the header.
 */
export function clientAddress(forwardedFor: string | null, trusted: TrustedProxies): string | null {
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((entry) => plainAddress(entry.trim()))
    .filter(Boolean);
  let index = chain.length - 1;
  if ('hops' in trusted) {
    index = Math.max(0, index - trusted.hops);
  } else {
    const isProxy = (address: string) => {
      const family = isIP(address);
      return family !== 0 && trusted.addresses.check(address, family === 4 ? 'ipv4' : 'ipv6');
    };
    while (index > 0 && isProxy(chain[index]!)) index -= 1;
  }
  return chain[index]?.slice(0, 64) ?? null;
}
