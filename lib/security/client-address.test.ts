import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPeerAddress, clientAddress, trustedProxies } from './client-address';

describe('trustedProxies', () => {
  it('trusts no proxy unless told, then a number of them or their addresses', () => {
    expect(trustedProxies({})).toEqual({ hops: 0 });
    expect(trustedProxies({ JIAOLIU_TRUSTED_PROXIES: ' 2 ' })).toEqual({ hops: 2 });
    expect(trustedProxies({ JIAOLIU_TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7, 2001:db8::/32' })).toHaveProperty('addresses');
  });

  it.each(['11', 'proxy.example', '10.0.0.0/33', '10.0.0.1/8/8', '10.0.0.1,', 'fe80::1/129'])('refuses %j, naming the setting', (value) => {
    expect(() => trustedProxies({ JIAOLIU_TRUSTED_PROXIES: value })).toThrow(/^JIAOLIU_TRUSTED_PROXIES must be/);
  });
});

describe('clientAddress', () => {
  const none = trustedProxies({});

  it('takes the connection’s own address by default, whatever the client put before it', () => {
    expect(clientAddress('203.0.113.7', none)).toBe('203.0.113.7');
    expect(clientAddress('198.51.100.1, 198.51.100.2, 203.0.113.7', none)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', none)).toBe('203.0.113.7');
    expect(clientAddress(null, none)).toBeNull();
  });

  it('behind a number of proxies, takes the address the outermost one received the request from', () => {
    const two = trustedProxies({ JIAOLIU_TRUSTED_PROXIES: '2' });
    // The client forged 198.51.100.1; the outer proxy added the client, the inner one the outer proxy.
    expect(clientAddress('198.51.100.1, 203.0.113.7, 10.0.0.5, 10.0.0.6', two)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.6', two)).toBe('10.0.0.6');
  });

  it('behind proxies named by address, takes the first address from the end that is not one of them', () => {
    const named = trustedProxies({ JIAOLIU_TRUSTED_PROXIES: '10.0.0.0/8, 2001:db8::1' });
    expect(clientAddress('198.51.100.1, 203.0.113.7, 10.1.2.3, 2001:db8::1', named)).toBe('203.0.113.7');
    expect(clientAddress('198.51.100.1, 203.0.113.7', named)).toBe('203.0.113.7');
  });
});

describe('the server’s X-Forwarded-For', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      addPeerAddress(request);
      response.end(clientAddress(request.headers['x-forwarded-for'] as string, trustedProxies({})));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('ends with the address of the connection, so a forged header changes nothing by default', async () => {
    for (const forged of [undefined, '198.51.100.1', '198.51.100.1, 198.51.100.2', 'not an address']) {
      const response = await fetch(url, { headers: forged ? { 'x-forwarded-for': forged } : {} });
      expect(await response.text()).toBe('127.0.0.1');
    }
  });
});
