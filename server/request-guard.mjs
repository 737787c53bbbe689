// @ts-check
/**
 * What the production server checks before Next.js sees a request: a path that cannot be decoded, a
 * body larger than any form sends, and the client's address (trusted from forwarding headers only
 * when a configured proxy sent them).
 */
import proxyaddr from 'proxy-addr';

/**
 * True when some path segment has a percent-escape that is not valid UTF-8 (`%ff`, `%c0%af`, `%`).
 * @param {string | undefined} url
 */
export function hasMalformedPath(url) {
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  if (!path.includes('%')) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

const KB = 1024;
/** Server Actions accept 512 KB (next.config.js); the image upload takes a 5 MB file and its form. */
export const BODY_LIMITS = { default: 512 * KB, upload: 6 * 1024 * KB };

/**
 * The most a request to this path may send, in bytes.
 * @param {string | undefined} url
 */
export function bodyLimitFor(url) {
  const path = (url ?? '/').split('?', 1)[0];
  return path === '/api/admin/images' ? BODY_LIMITS.upload : BODY_LIMITS.default;
}

/**
 * Whether a request's body is acceptable before it is read: 'ok', 'too-large' (Content-Length over the
 * limit) or 'length-required' (a body of unknown length, which no browser form sends).
 * @param {import('node:http').IncomingMessage} req
 * @returns {'ok' | 'too-large' | 'length-required'}
 */
export function checkBodySize(req) {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return 'ok';
  const declared = req.headers['content-length'];
  if (declared === undefined) return req.headers['transfer-encoding'] ? 'length-required' : 'ok';
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) return 'length-required';
  return length > bodyLimitFor(req.url) ? 'too-large' : 'ok';
}

/**
 * TRUST_PROXY: who may tell us the client's address in X-Forwarded-For.
 * - unset or empty: nobody; the address is the socket's.
 * - a number N: the N proxies nearest to us (e.g. 1 for one nginx in front).
 * - addresses, CIDR ranges or proxy-addr's names (loopback, linklocal, uniquelocal), comma-separated.
 * @param {string | undefined} value
 * @returns {(address: string, hop: number) => boolean}
 */
export function parseTrustProxy(value) {
  const text = (value ?? '').trim();
  if (text === '') return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  if (/^(true|false|yes|no)$/i.test(text))
    throw new Error(`TRUST_PROXY=${text} is not accepted: give the number of proxies in front (e.g. 1) or their addresses (e.g. loopback or 10.0.0.0/8).`);
  try {
    return proxyaddr.compile(
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    );
  } catch (error) {
    throw new Error(`TRUST_PROXY=${text} is not valid: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The client's address: the socket's, or the nearest address in X-Forwarded-For that a trusted proxy
 * did not add itself.
 * @param {import('node:http').IncomingMessage} req
 * @param {(address: string, hop: number) => boolean} trust
 */
export function clientAddressOf(req, trust) {
  try {
    return normaliseAddress(proxyaddr(/** @type {any} */ (req), trust));
  } catch {
    return normaliseAddress(req.socket.remoteAddress ?? 'unknown');
  }
}

/**
 * IPv4 addresses reached over an IPv6 socket read the same as over IPv4.
 * @param {string} address
 */
function normaliseAddress(address) {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
