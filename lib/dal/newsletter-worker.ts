import 'server-only';
import { sendQueuedBatch, type QueueOptions } from './newsletter-queue';

/**
 * The sender every instance runs: takes batches from the queue while there are any, then looks again
 * every few seconds (or at once when this process queued something). Stopping lets the batch in hand
 * finish; what it could not finish is taken over when its lease runs out.
 */
const IDLE_MS = 3_000;
const ERROR_MS = 10_000;

type WorkerState = { running: boolean; timer?: ReturnType<typeof setTimeout>; current?: Promise<void>; wake?: () => void };
const state = ((globalThis as { __newshubMailWorker?: WorkerState }).__newshubMailWorker ??= { running: false });

export function startNewsletterWorker(options: QueueOptions = {}): void {
  if (state.running) return;
  state.running = true;
  const loop = async (): Promise<void> => {
    if (!state.running) return;
    let delay = IDLE_MS;
    try {
      const pass = await sendQueuedBatch(options);
      if (pass.claimed > 0) delay = 0;
    } catch (error) {
      console.error('[newsletters] sending paused:', error instanceof Error ? error.message : error);
      delay = ERROR_MS;
    }
    if (!state.running) return;
    await new Promise<void>((resolve) => {
      state.wake = resolve;
      state.timer = setTimeout(resolve, delay);
      state.timer.unref?.();
    });
    state.current = loop();
  };
  state.current = loop();
  const hooks = ((globalThis as { __newshubBeforeExit?: (() => Promise<void>)[] }).__newshubBeforeExit ??= []);
  hooks.push(() => stopNewsletterWorker());
}

/** Something was queued in this process: look now instead of at the next tick. */
export function wakeNewsletterWorker(): void {
  if (!state.running || !state.wake) return;
  clearTimeout(state.timer);
  state.wake();
}

export async function stopNewsletterWorker(): Promise<void> {
  state.running = false;
  clearTimeout(state.timer);
  state.wake?.();
  await state.current?.catch(() => {});
}
