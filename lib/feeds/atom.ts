import { el, xmlDocument } from './xml';
import type { Feed, FeedEntry } from './model';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

function entry(e: FeedEntry) {
  return el(
    'entry',
    null,
    el('id', null, e.id),
    el('title', { type: 'text' }, e.title),
    el('link', { rel: 'alternate', type: 'text/html', href: e.url }),
    el('published', null, e.published),
    el('updated', null, e.updated),
    e.author && el('author', null, el('name', null, e.author.name), e.author.url && el('uri', null, e.author.url)),
    el('summary', { type: 'text' }, e.summary),
    e.categories.map((c) => el('category', { term: c.term, label: c.label, scheme: c.scheme })),
    e.enclosure && el('link', { rel: 'enclosure', type: e.enclosure.type, length: e.enclosure.length, href: e.enclosure.url }),
  );
}

export function renderAtom(feed: Feed): string {
  return xmlDocument(
    el(
      'feed',
      { xmlns: ATOM_NS, 'xml:lang': feed.language },
      el('id', null, feed.id),
      el('title', { type: 'text' }, feed.title),
      el('subtitle', { type: 'text' }, feed.description),
      el('link', { rel: 'alternate', type: 'text/html', href: feed.url }),
      el('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
      el('updated', null, feed.updated),
      // Entries without a byline take the publication as their author, as Atom requires one.
      el('author', null, el('name', null, 'NewsHub'), el('uri', null, new URL('/', feed.url).toString())),
      el('generator', null, 'NewsHub'),
      feed.entries.map(entry),
    ),
  );
}
