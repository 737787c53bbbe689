/**
 * The client's network address as the HTTP server worked it out (server/http-server.mjs: the socket's
 * address, or X-Forwarded-For from proxies named in TRUST_PROXY). The server vouches for the header
 * with a value only this process knows, so a client cannot choose its own address. Outside that server
 * (a bare `next start`) every client is 'unknown': throttling then counts them together rather than
 * trusting what they say.
 */
export function clientAddress(headers: Headers): string {
  const proof = (globalThis as { __newshubClientProof?: string }).__newshubClientProof;
  if (!proof || headers.get('x-newshub-client-proof') !== proof) return 'unknown';
  return (headers.get('x-newshub-client-address') ?? 'unknown').slice(0, 64);
}
