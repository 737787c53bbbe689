/** What the RSS and Atom writers need, whatever the feed is about. Absolute URLs, plain text, ISO dates. */

export type FeedCategory = {
  /** Machine name (a slug). */
  term: string;
  label: string;
  /** URL of the listing the term belongs to, e.g. https://site/tags/ */
  scheme: string;
};

export type FeedEnclosure = { url: string; type: string; length: number };

export type FeedEntry = {
  /** Stable identifier (a tag: URI), unchanged when the slug changes. */
  id: string;
  title: string;
  url: string;
  /** Plain text. */
  summary: string;
  /** ISO 8601 */
  published: string;
  /** ISO 8601 */
  updated: string;
  author: { name: string; url: string | null } | null;
  categories: FeedCategory[];
  enclosure: FeedEnclosure | null;
};

export type Feed = {
  id: string;
  title: string;
  description: string;
  /** The HTML page this feed follows. */
  url: string;
  /** Where this feed document lives. */
  selfUrl: string;
  /** ISO 8601: the newest entry's update time. */
  updated: string;
  language: string;
  entries: FeedEntry[];
};

/** The year in our tag: URIs (RFC 4151). It must never change, or every reader sees every item again. */
const TAG_DATE = '2026';

export function tagUri(origin: string, specific: string): string {
  return `tag:${new URL(origin).hostname},${TAG_DATE}:${specific}`;
}

/** The newest of some ISO dates, or `fallback` when there are none. */
export function newest(dates: string[], fallback: string): string {
  return dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), dates[0] ?? fallback);
}
