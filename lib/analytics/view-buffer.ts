/**
 * Views counted in memory between writes: one counter per (hour, page, slug, referrer, device) and one
 * unique-visitor sketch per day. A burst of views costs a map update each; the database sees one batch
 * per flush. Bounded, so that made-up traffic cannot grow the process or crowd out real pages: at most
 * MAX_KEYS counters between flushes, of which at most MAX_UNVERIFIED_KEYS for pages not known to exist,
 * and at most MAX_REFERRERS referring sites per hour (the rest count as 'other').
 */
import type { DeviceClass, ViewPage } from '@/lib/domain';
import { addHash, emptySketch, mergeInto, type Sketch } from './hyperloglog';

export const MAX_KEYS = 20_000;
/** Counters for pages the caller could not vouch for (a story published a moment ago, or a made-up one). */
export const MAX_UNVERIFIED_KEYS = 500;
export const MAX_REFERRERS = 1_000;

export type CountedView = { hour: Date; page: ViewPage; slug: string | null; referrer: string; device: DeviceClass };
export type ViewRow = CountedView & { views: number };
export type Drained = { rows: ViewRow[]; sketches: Map<string, Sketch>; dropped: number };

const SEP = '\u0000';

export class ViewBuffer {
  private counts = new Map<string, number>();
  private sketches = new Map<string, Sketch>();
  private referrers = new Set<string>();
  private referrerHour = 0;
  private dropped = 0;
  private unverified = 0;

  /** Counts one view, and the visitor in its day's sketch when there is a hash. False when there is no room for it. */
  add(view: CountedView, visitor?: { day: string; hash: Uint8Array }, verified = true): boolean {
    const hour = view.hour.getTime();
    if (hour !== this.referrerHour) {
      this.referrerHour = hour;
      this.referrers.clear();
    }
    let referrer = view.referrer;
    if (referrer !== 'direct' && referrer !== 'internal' && !this.referrers.has(referrer)) {
      if (this.referrers.size >= MAX_REFERRERS) referrer = 'other';
      else this.referrers.add(referrer);
    }
    const key = [hour, view.page, view.slug ?? '', referrer, view.device].join(SEP);
    const count = this.counts.get(key);
    if (count === undefined && (this.counts.size >= MAX_KEYS || (!verified && this.unverified >= MAX_UNVERIFIED_KEYS))) {
      this.dropped++;
      return false;
    }
    if (count === undefined && !verified) this.unverified++;
    this.counts.set(key, (count ?? 0) + 1);
    if (visitor) {
      let sketch = this.sketches.get(visitor.day);
      if (!sketch) this.sketches.set(visitor.day, (sketch = emptySketch()));
      addHash(sketch, visitor.hash);
    }
    return true;
  }

  get size(): number {
    return this.counts.size;
  }

  /** Everything counted since the last drain; the buffer starts empty again. */
  drain(): Drained {
    const rows: ViewRow[] = [];
    for (const [key, views] of this.counts) {
      const [hour = '', page = '', slug = '', referrer = '', device = ''] = key.split(SEP);
      rows.push({ hour: new Date(Number(hour)), page: page as ViewPage, slug: slug || null, referrer, device: device as DeviceClass, views });
    }
    const drained = { rows, sketches: this.sketches, dropped: this.dropped };
    this.counts = new Map();
    this.sketches = new Map();
    this.dropped = 0;
    this.unverified = 0;
    return drained;
  }

  /** Puts back what a failed write could not store, so it goes with the next flush. */
  restore(drained: Drained): void {
    for (const row of drained.rows) {
      const key = [row.hour.getTime(), row.page, row.slug ?? '', row.referrer, row.device].join(SEP);
      const count = this.counts.get(key);
      if (count === undefined && this.counts.size >= MAX_KEYS) {
        this.dropped += row.views;
        continue;
      }
      this.counts.set(key, (count ?? 0) + row.views);
    }
    for (const [day, sketch] of drained.sketches) {
      const mine = this.sketches.get(day);
      if (mine) mergeInto(mine, sketch);
      else this.sketches.set(day, sketch);
    }
  }
}
