import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress, mayBeInternal, webhookUrlProblem } from './address-policy';

/**
 * Node's sender for webhooks: like fetch for the one POST a delivery makes, but the receiver's name is
 * resolved here, every address it resolves to must be public, and the connection goes to the address that
 * was checked (the socket uses this lookup's answer), so a name that re-resolves to 127.0.0.1 between the
 * check and the connection (DNS rebinding) reaches nothing.
 */
export function pinnedSend(allowHosts: readonly string[]): typeof fetch {
  return async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const problem = webhookUrlProblem(url.toString(), allowHosts);
    if (problem) throw new Error(`The webhook URL ${problem}.`);
    const internalAllowed = mayBeInternal(url.hostname, allowHosts);
    const lookup: LookupFunction = (hostname, options, callback) => {
      dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
        if (error) return callback(error, '', 0);
        const refused = internalAllowed ? undefined : addresses.find((a) => !isPublicAddress(a.address));
        if (refused)
          return callback(
            new Error(
              `${hostname} resolves to ${refused.address}, a loopback, private or internal address; webhooks go to public addresses only`,
            ),
            '',
            0,
          );
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      });
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<Response>((resolve, reject) => {
      const request = client.request(
        url,
        {
          method: init.method ?? 'GET',
          headers: init.headers as Record<string, string>,
          lookup,
          ...(init.signal ? { signal: init.signal } : {}),
        },
        (response) => {
          response.resume();
          // The delivery reads only the status (a Response cannot be built with every status a server may send).
          resolve({ status: response.statusCode ?? 0, body: null } as unknown as Response);
        },
      );
      request.on('error', reject);
      request.end(typeof init.body === 'string' ? init.body : undefined);
    });
  };
}
