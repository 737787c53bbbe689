import 'server-only';
import { describeLiveEvents, latestLiveEventId, liveEventsAfter, type Outgoing } from '@/lib/dal/live';
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
            const outgoing = await describeLiveEvents(events);
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
        for (const { id, message } of await describeLiveEvents(missed)) {
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
