import { el, textToHtml, xmlDocument } from './xml';
import type { Feed, FeedEntry } from './model';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** RFC 822 dates, as RSS 2.0 requires ("Tue, 05 May 2026 10:00:00 GMT"). */
export const rfc822 = (iso: string) => new Date(iso).toUTCString();

function item(entry: FeedEntry) {
  return el(
    'item',
    null,
    el('title', null, entry.title),
    el('link', null, entry.url),
    el('guid', { isPermaLink: 'false' }, entry.id),
    el('pubDate', null, rfc822(entry.published)),
    // Readers treat an RSS description as HTML, so plain text is escaped as HTML first (then as XML).
    el('description', null, textToHtml(entry.summary)),
    entry.author && el('dc:creator', null, entry.author.name),
    entry.categories.map((c) => el('category', { domain: c.scheme }, c.label)),
    entry.enclosure && el('enclosure', { url: entry.enclosure.url, length: entry.enclosure.length, type: entry.enclosure.type }),
  );
}

export function renderRss(feed: Feed): string {
  return xmlDocument(
    el(
      'rss',
      { version: '2.0', 'xmlns:atom': ATOM_NS, 'xmlns:dc': DC_NS },
      el(
        'channel',
        null,
        el('title', null, feed.title),
        el('link', null, feed.url),
        el('description', null, feed.description),
        el('language', null, feed.language),
        el('lastBuildDate', null, rfc822(feed.updated)),
        el('generator', null, 'NewsHub'),
        el('atom:link', { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }),
        feed.entries.map(item),
      ),
    ),
  );
}
