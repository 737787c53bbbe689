import { env } from '@/lib/env';
import { internalToken } from '@/lib/internal-token';

const INTERVAL_MS = 20_000;

export function startScheduler(): void {
  const holder = globalThis as { __newshubScheduler?: ReturnType<typeof setInterval> };
  if (holder.__newshubScheduler) return;
  const port = env.PORT ?? 3000;
  const tick = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/internal/scheduler`, {
        method: 'POST',
        headers: { authorization: internalToken('scheduler') },
      });
      if (!response.ok && response.status !== 403) console.error(`[scheduler] publishing check answered ${response.status}`);
    } catch {
      // The server may not be listening yet, or the database may be down: try again next tick.
    }
  };
  holder.__newshubScheduler = setInterval(tick, INTERVAL_MS);
  holder.__newshubScheduler.unref?.();
}
