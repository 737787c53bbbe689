// @ts-check
/**
 * The security headers of every response: next.config.js applies them to what Next.js answers, and the
 * production server (http-server.mjs) sets them first on every response, so that the answers
 * Next.js makes outside its header rules (trailing-slash redirects, error pages) carry them too.
 * CommonJS so that next.config.js can require it.
 */

/**
 * Reader pages are not rendered per request, so their Content-Security-Policy cannot carry a
 * per-request nonce. The policy still blocks plugins, foreign scripts, base-tag hijacks and framing.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Stored uploads: nothing runs, nothing loads, and an SVG opened directly is sandboxed. */
const mediaContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** @param {{ production: boolean }} options @returns {{ key: string; value: string }[]} */
function securityHeaders({ production }) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

module.exports = { securityHeaders, contentSecurityPolicy, mediaContentSecurityPolicy };
