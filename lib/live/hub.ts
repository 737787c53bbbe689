import 'server-only';
import { describeLiveEvents, latestLiveEventId, liveEventsAfter, type LiveEventRow, type Outgoing } from '@/lib/dal/live';
import { listenForLiveEvents } from '@/lib/dal/live-listener';
import { audienceOf, CATCH_UP_LIMIT, eventFrame, type LiveMessage } from './protocol';

/**
 * One per process: listens on PostgreSQL (NOTIFY newshub_live, sent at commit by the triggers of
 * migration 0006_live, so every instance hears every change) and fans each event out to the event
 * streams open on this process. An event is read from the database and turned into messages once,
 * whatever the number of readers; each reader gets the frames meant for its page.
 */

const HEARTBEAT_MS = 20_000;
/** A reader this far behind (bytes queued) is cut off; its browser reconnects and catches up. */
const MAX_QUEUED_BYTES = 1024 * 1024;
/** Events whose messages are kept: every reader catching up within them costs no database work. */
const REMEMBERED_EVENTS = 2_000;

export type Subscriber = {
  /** The article whose page is open, or null on other pages. */
  articleId: number | null;
  send(chunk: Uint8Array): boolean;
  close(): void;
};

type Member = Subscriber & { lastSent: number; backlog: { id: number; chunk: Uint8Array }[] | null };

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': ping\n\n');

class LiveHub {
  private members = new Set<Member>();
  private lastId = 0;
  private started: Promise<void> | null = null;
  private pumping = false;
  private pumpAgain = false;
  private retryMs = 500;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  /** Messages of recent events by event id (oldest first), and the descriptions under way. */
  private described = new Map<number, Outgoing[]>();
  private describing = new Map<number, Promise<void>>();

  get size() {
    return this.members.size;
  }

  async start(): Promise<void> {
    this.started ??= (async () => {
      this.lastId = await latestLiveEventId();
      await this.connect();
      this.heartbeat = setInterval(() => this.broadcastRaw(HEARTBEAT), HEARTBEAT_MS);
      this.heartbeat.unref?.();
    })().catch((error) => {
      this.started = null;
      throw error;
    });
    return this.started;
  }

  private async connect(): Promise<void> {
    await listenForLiveEvents(
      () => this.pump(),
      (error) => {
        if (error) console.error(`[live] lost the database listener: ${error.message}`);
        const wait = this.retryMs;
        this.retryMs = Math.min(this.retryMs * 2, 15_000);
        setTimeout(() => this.reconnect(), wait).unref?.();
      },
    );
    this.retryMs = 500;
    // Whatever happened while not listening.
    this.pump();
  }

  private reconnect() {
    this.connect().catch((error) => {
      console.error(`[live] could not listen again: ${error instanceof Error ? error.message : error}`);
      const wait = this.retryMs;
      this.retryMs = Math.min(this.retryMs * 2, 15_000);
      setTimeout(() => this.reconnect(), wait).unref?.();
    });
  }

  /** Reads every event after the last one sent and fans them out; one read at a time, again if more came meanwhile. */
  private pump() {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    void (async () => {
      try {
        do {
          this.pumpAgain = false;
          for (;;) {
            const events = await liveEventsAfter(this.lastId, 1000);
            if (events.length === 0) break;
            const outgoing = await this.describe(events);
            this.lastId = events[events.length - 1]!.id;
            this.dispatch(outgoing);
            if (events.length < 1000) break;
          }
        } while (this.pumpAgain);
      } catch (error) {
        console.error(`[live] could not read events: ${error instanceof Error ? error.message : error}`);
        setTimeout(() => this.pump(), 2_000).unref?.();
      } finally {
        this.pumping = false;
      }
    })();
  }

  /**
   * The messages of `events`, each event described once per process: by the live dispatch or by the
   * first reader to catch up over it. A thousand readers reconnecting after a restart, all asking for the
   * same missed events, cost one description, not a thousand.
   */
  private async describe(events: LiveEventRow[]): Promise<Outgoing[]> {
    const fresh = events.filter((e) => !this.described.has(e.id) && !this.describing.has(e.id));
    if (fresh.length > 0) {
      const job = describeLiveEvents(fresh)
        .then((outgoing) => {
          const byEvent = new Map<number, Outgoing[]>(fresh.map((e) => [e.id, []]));
          for (const item of outgoing) byEvent.get(item.id)?.push(item);
          for (const [id, list] of byEvent) this.described.set(id, list);
          for (const id of this.described.keys()) {
            if (this.described.size <= REMEMBERED_EVENTS) break;
            this.described.delete(id);
          }
        })
        .finally(() => {
          for (const e of fresh) this.describing.delete(e.id);
        });
      for (const e of fresh) this.describing.set(e.id, job);
    }
    await Promise.all(new Set(events.map((e) => this.describing.get(e.id)).filter((job) => job !== undefined)));
    return events.flatMap((e) => this.described.get(e.id) ?? []);
  }

  private dispatch(outgoing: Outgoing[]) {
    for (const { id, message } of outgoing) {
      const audience = audienceOf(message);
      const chunk = encoder.encode(eventFrame(id, message));
      for (const member of this.members) {
        if (audience !== 'all' && audience !== member.articleId) continue;
        this.deliver(member, id, chunk);
      }
    }
  }

  private deliver(member: Member, id: number, chunk: Uint8Array) {
    if (member.backlog) {
      member.backlog.push({ id, chunk });
      return;
    }
    // Several messages may share an event id (a comment and its sidebar entry): equal ids pass.
    if (id < member.lastSent) return;
    member.lastSent = id;
    if (!member.send(chunk)) this.drop(member);
  }

  private broadcastRaw(chunk: Uint8Array) {
    for (const member of this.members) if (!member.backlog && !member.send(chunk)) this.drop(member);
  }

  private drop(member: Member) {
    this.members.delete(member);
    member.close();
  }

  /**
   * Adds a reader. With `after` (the position its page was rendered at, or the last event it received)
   * it first gets what it missed, from the database, then live events, in order and without gaps:
   * live events that arrive while it catches up wait in its backlog.
   */
  async subscribe(subscriber: Subscriber, after: number | null): Promise<() => void> {
    await this.start();
    const member: Member = { ...subscriber, lastSent: after ?? this.lastId, backlog: after === null ? null : [] };
    this.members.add(member);
    const leave = () => {
      this.members.delete(member);
    };
    if (after === null) return leave;
    try {
      const missed = await liveEventsAfter(after, CATCH_UP_LIMIT + 1);
      if (missed.length > CATCH_UP_LIMIT) {
        const reset: LiveMessage = { type: 'reset' };
        const last = missed[missed.length - 1]!.id;
        member.lastSent = last;
        if (!member.send(encoder.encode(eventFrame(last, reset)))) this.drop(member);
      } else {
        for (const { id, message } of await this.describe(missed)) {
          const audience = audienceOf(message);
          if (audience !== 'all' && audience !== member.articleId) continue;
          if (id < member.lastSent) continue;
          member.lastSent = id;
          if (!member.send(encoder.encode(eventFrame(id, message)))) return (this.drop(member), leave);
        }
        if (missed.length > 0) member.lastSent = Math.max(member.lastSent, missed[missed.length - 1]!.id);
      }
    } finally {
      const backlog = member.backlog ?? [];
      member.backlog = null;
      for (const { id, chunk } of backlog) if (this.members.has(member)) this.deliver(member, id, chunk);
    }
    return leave;
  }
}

export function liveHub(): LiveHub {
  const holder = globalThis as { __newshubLiveHub?: LiveHub };
  return (holder.__newshubLiveHub ??= new LiveHub());
}

export { MAX_QUEUED_BYTES };
