/**
 * Starts the in-process scheduler that publishes scheduled articles (no external cron). It calls the
 * server's own route so that cache invalidation runs inside Next's request context.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/scheduler');
  startScheduler();
}
