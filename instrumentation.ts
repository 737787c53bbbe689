/**
 * Runs once when the server starts: the newsletter sender (lib/dal/newsletter-worker.ts), the in-process
 * scheduler that publishes scheduled articles and writes the day's newsletters (no
 * external cron; it calls the server's own route so that cache invalidation runs inside Next's request
 * context), and the live stream's and view beacons' handlers for the production server
 * (server/http-server.mjs answers GET /api/live and /api/views with them, before Next.js routes the request).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/scheduler');
  startScheduler();
  const { startNewsletterWorker } = await import('./lib/dal/newsletter-worker');
  startNewsletterWorker();
  const { serveLiveStream } = await import('./lib/live/node-stream');
  (globalThis as { __newshubLiveStream?: typeof serveLiveStream }).__newshubLiveStream = serveLiveStream;
  const { serveViewBeacon } = await import('./lib/analytics/node-beacon');
  (globalThis as { __newshubViewBeacon?: typeof serveViewBeacon }).__newshubViewBeacon = serveViewBeacon;
}
