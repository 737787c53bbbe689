/**
 * What the live stream (GET /api/live) sends: Server-Sent Events whose `data` is one LiveMessage as
 * JSON and whose `id` is the event's position, for catching up after a reconnection. Shared by the
 * server (lib/live/hub.ts) and the browser (components/live/live-client.ts).
 */

export const LIVE_PATH = '/api/live';

/** The most events a reconnecting client is sent to catch up; with more missed it is told to reload. */
export const CATCH_UP_LIMIT = 500;

export type LiveMessage =
  /** A comment now readable (new, edited, recommended, featured): `html` is its list item without replies. */
  | {
      type: 'comment';
      articleId: number;
      id: number;
      parentId: number | null;
      html: string;
      recommends: number;
      /** Featured by a moderator: its quote for the picks above the thread; null when it is not (or no longer). */
      quote: string | null;
    }
  /** A comment removed by a moderator or deleted by its author: `html` is its placeholder (shown only above replies). */
  | { type: 'comment-removed'; articleId: number; id: number; html: string }
  /** A comment no longer shown at all. */
  | { type: 'comment-gone'; articleId: number; id: number }
  /** A published comment for the Recent Comments sidebar. */
  | { type: 'recent'; id: number; createdAt: string; html: string }
  | { type: 'recent-gone'; id: number }
  /** The breaking-news banner now (empty `html`: none). */
  | { type: 'banner'; html: string }
  /** A live blog's entry, new or changed; `deleted` entries leave the page. */
  | {
      type: 'entry';
      articleId: number;
      id: number;
      pinned: boolean;
      deleted: boolean;
      createdAt: string;
      html: string;
      /** A key event: its line for the summary above the entries; null when it is not (or no longer, or deleted). */
      keyEvent: string | null;
    }
  /** A live blog's state: `ended` once the desk closes it. */
  | { type: 'live-status'; articleId: number; ended: boolean; html: string }
  /** Too much was missed to catch up event by event: load the page's data again. */
  | { type: 'reset' };

/** Who receives a message: every page, or pages of one article. */
export type Audience = 'all' | number;

export function audienceOf(message: LiveMessage): Audience {
  switch (message.type) {
    case 'recent':
    case 'recent-gone':
    case 'banner':
    case 'reset':
      return 'all';
    default:
      return message.articleId;
  }
}

/** One message as the lines of an event-stream frame. */
export function eventFrame(id: number, message: LiveMessage): string {
  return `id: ${id}\ndata: ${JSON.stringify(message)}\n\n`;
}
