import { describe, expect, it } from 'vitest';
import { el, escapeXml, stripInvalidXmlChars, textToHtml, xmlDocument } from '@/lib/feeds/xml';
import { escapeHtml } from '@/lib/html/safe-html';
import { renderRss } from '@/lib/feeds/rss';
import { renderAtom } from '@/lib/feeds/atom';
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet, sitemapPageCount, MAX_SITEMAP_URLS } from '@/lib/feeds/sitemap';
import { feedAlternates, parseSitemapFile } from '@/lib/feeds/links';
import { newest, tagUri, type Feed } from '@/lib/feeds/model';
import { renderRobots } from '@/lib/seo/robots';
import { child, childrenNamed, parseXml, textOf } from '../support/xml';

const HOSTILE = `Tom & Jerry's <b>"best"</b> ]]> </title><script>alert(1)</script> \u0000\u0001\u0008\u000b\u000c\u001f\uFFFE\uFFFF\uD800 end 😀`;
const HOSTILE_CLEAN = `Tom & Jerry's <b>"best"</b> ]]> </title><script>alert(1)</script>  end 😀`;

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });

  it('escapes an ampersand that already looks like an entity (text is text)', () => {
    expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });

  it('removes characters XML 1.0 forbids and keeps everything else', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\uFFFEh\uFFFFi')).toBe('abcdefghi');
    expect(stripInvalidXmlChars('lone \uD800 high and \uDC00 low')).toBe('lone  high and  low');
    expect(stripInvalidXmlChars('tab\there\nnew\rline é ü 中文 😀 \uE000 \uFFFD')).toBe('tab\there\nnew\rline é ü 中文 😀 \uE000 \uFFFD');
  });

  it('always yields text a strict parser reads back unchanged', () => {
    const doc = xmlDocument(el('root', { attr: HOSTILE }, el('text', null, HOSTILE)));
    const root = parseXml(doc);
    expect(root.attrs.attr).toBe(HOSTILE_CLEAN);
    expect(textOf(root, 'text')).toBe(HOSTILE_CLEAN);
  });
});

describe('escapeHtml and textToHtml', () => {
  it('escapes HTML and turns plain text into paragraphs', () => {
    expect(escapeHtml(`<img src=x onerror="a('1')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;');
    expect(textToHtml('First <b>line</b>\nsecond line\r\n\r\n\n  Next paragraph  \n\n')).toBe(
      '<p>First &lt;b&gt;line&lt;/b&gt;<br>second line</p><p>Next paragraph</p>',
    );
    expect(textToHtml('   ')).toBe('');
  });
});

describe('el / xmlDocument', () => {
  it('writes a declaration, nested elements, empty elements and skips missing values', () => {
    const doc = xmlDocument(el('a', { x: 1, gone: undefined, none: null }, el('b', null, 'text'), null, false, undefined, el('c'), [el('d', null, '')]));
    expect(doc.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">')).toBe(true);
    const root = parseXml(doc);
    expect(root.attrs).toEqual({ x: '1' });
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c', 'd']);
    expect(textOf(root, 'b')).toBe('text');
  });

  it('refuses names that would break the document', () => {
    expect(() => el('bad name')).toThrow(/element name/);
    expect(() => el('a><script')).toThrow(/element name/);
    expect(() => el('a', { 'on"x': '1' })).toThrow(/attribute name/);
  });
});

describe('the test XML reader is strict', () => {
  it.each([
    ['<a><b></a></b>', /Expected closing tag 'b'/],
    ['<a>x & y</a>', /char '&' is not expected/],
    ['<a>&nbsp;</a>', /Unknown entity/],
    ['<a x=1/>', /without value|not quoted|InvalidAttr/],
    ['<a x="1" x="2"/>', /repeated/],
    ['<a/><b/>', /More than one root/],
    ['<a>', /Unclosed/],
    ['<a>\u0001</a>', /Forbidden character/],
    ['<a>&#0;</a>', /forbidden character/],
    ['<x:a/>', /Undeclared namespace/],
    ['<a x="<"/>', /Unescaped "<"/],
  ])('rejects %j', (xml, error) => {
    expect(() => parseXml(xml)).toThrow(error);
  });
});

const ORIGIN = 'https://news.example';

function sampleFeed(): Feed {
  return {
    id: tagUri(ORIGIN, 'feed:/'),
    title: HOSTILE,
    description: 'The latest & greatest',
    url: `${ORIGIN}/`,
    selfUrl: `${ORIGIN}/feed.xml`,
    updated: '2026-05-05T10:00:00.000Z',
    language: 'en',
    entries: [
      {
        id: tagUri(ORIGIN, 'article:7'),
        title: HOSTILE,
        url: `${ORIGIN}/articles/a?x=1&y=2`,
        summary: 'Line one <script>alert(1)</script>\n\nLine two & more',
        published: '2026-05-05T09:00:00.000Z',
        updated: '2026-05-05T09:30:00.000Z',
        author: { name: 'Ana "Quotes" O\'Neil', url: `${ORIGIN}/authors/ana` },
        categories: [
          { term: 'finance', label: 'Finance & Markets', scheme: `${ORIGIN}/` },
          { term: 'rates', label: 'Rates', scheme: `${ORIGIN}/tags/` },
        ],
        enclosure: { url: `${ORIGIN}/media/abc`, type: 'image/svg+xml', length: 1234 },
      },
      {
        id: tagUri(ORIGIN, 'article:8'),
        title: 'No byline',
        url: `${ORIGIN}/articles/b`,
        summary: '',
        published: '2026-05-04T09:00:00.000Z',
        updated: '2026-05-04T09:00:00.000Z',
        author: null,
        categories: [],
        enclosure: null,
      },
    ],
  };
}

describe('RSS 2.0', () => {
  it('writes a well-formed channel with every item field', () => {
    const rss = parseXml(renderRss(sampleFeed()));
    expect(rss.name).toBe('rss');
    expect(rss.attrs.version).toBe('2.0');
    const channel = child(rss, 'channel');
    expect(textOf(channel, 'title')).toBe(HOSTILE_CLEAN);
    expect(textOf(channel, 'link')).toBe(`${ORIGIN}/`);
    expect(textOf(channel, 'lastBuildDate')).toBe('Tue, 05 May 2026 10:00:00 GMT');
    expect(child(channel, 'atom:link').attrs).toEqual({ href: `${ORIGIN}/feed.xml`, rel: 'self', type: 'application/rss+xml' });
    const [item, plain] = childrenNamed(channel, 'item');
    expect(textOf(item!, 'title')).toBe(HOSTILE_CLEAN);
    expect(textOf(item!, 'link')).toBe(`${ORIGIN}/articles/a?x=1&y=2`);
    expect(child(item!, 'guid').attrs.isPermaLink).toBe('false');
    expect(textOf(item!, 'guid')).toBe('tag:news.example,2026:article:7');
    expect(textOf(item!, 'pubDate')).toBe('Tue, 05 May 2026 09:00:00 GMT');
    // The description is HTML: the text's own markup arrives escaped, so readers show it as text.
    expect(textOf(item!, 'description')).toBe('<p>Line one &lt;script&gt;alert(1)&lt;/script&gt;</p><p>Line two &amp; more</p>');
    expect(textOf(item!, 'dc:creator')).toBe('Ana "Quotes" O\'Neil');
    expect(childrenNamed(item!, 'category').map((c) => [c.text, c.attrs.domain])).toEqual([
      ['Finance & Markets', `${ORIGIN}/`],
      ['Rates', `${ORIGIN}/tags/`],
    ]);
    expect(child(item!, 'enclosure').attrs).toEqual({ url: `${ORIGIN}/media/abc`, length: '1234', type: 'image/svg+xml' });
    expect(childrenNamed(plain!, 'dc:creator')).toHaveLength(0);
    expect(childrenNamed(plain!, 'enclosure')).toHaveLength(0);
  });
});

describe('Atom', () => {
  it('writes a well-formed feed with every entry field', () => {
    const feed = parseXml(renderAtom(sampleFeed()));
    expect(feed.name).toBe('feed');
    expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(textOf(feed, 'id')).toBe('tag:news.example,2026:feed:/');
    expect(textOf(feed, 'updated')).toBe('2026-05-05T10:00:00.000Z');
    expect(childrenNamed(feed, 'link').map((l) => l.attrs.rel)).toEqual(['alternate', 'self']);
    expect(textOf(child(feed, 'author'), 'name')).toBe('NewsHub');
    const [entry, plain] = childrenNamed(feed, 'entry');
    expect(textOf(entry!, 'title')).toBe(HOSTILE_CLEAN);
    expect(textOf(entry!, 'summary')).toBe('Line one <script>alert(1)</script>\n\nLine two & more');
    expect(child(entry!, 'summary').attrs.type).toBe('text');
    expect(textOf(entry!, 'published')).toBe('2026-05-05T09:00:00.000Z');
    expect(textOf(entry!, 'updated')).toBe('2026-05-05T09:30:00.000Z');
    expect(textOf(child(entry!, 'author'), 'uri')).toBe(`${ORIGIN}/authors/ana`);
    expect(childrenNamed(entry!, 'category')[0]!.attrs).toEqual({ term: 'finance', label: 'Finance & Markets', scheme: `${ORIGIN}/` });
    expect(childrenNamed(entry!, 'link').map((l) => l.attrs)).toEqual([
      { rel: 'alternate', type: 'text/html', href: `${ORIGIN}/articles/a?x=1&y=2` },
      { rel: 'enclosure', type: 'image/svg+xml', length: '1234', href: `${ORIGIN}/media/abc` },
    ]);
    expect(childrenNamed(plain!, 'author')).toHaveLength(0);
  });
});

describe('sitemaps', () => {
  it('writes an index, a URL set with images and a Google News sitemap', () => {
    const index = parseXml(
      renderSitemapIndex([
        { loc: `${ORIGIN}/sitemaps/articles-1.xml`, lastmod: '2026-05-05T10:00:00.000Z' },
        { loc: `${ORIGIN}/sitemaps/news.xml`, lastmod: null },
      ]),
    );
    expect(index.name).toBe('sitemapindex');
    expect(childrenNamed(index, 'sitemap').map((s) => s.children.map((c) => c.name))).toEqual([['loc', 'lastmod'], ['loc']]);

    const set = parseXml(
      renderUrlSet([
        { loc: `${ORIGIN}/articles/a?b=1&c=2`, lastmod: '2026-05-05T10:00:00.000Z', images: [`${ORIGIN}/media/x`] },
        { loc: `${ORIGIN}/`, lastmod: null },
      ]),
    );
    expect(set.attrs['xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1');
    const [first] = childrenNamed(set, 'url');
    expect(textOf(first!, 'loc')).toBe(`${ORIGIN}/articles/a?b=1&c=2`);
    expect(textOf(child(first!, 'image:image'), 'image:loc')).toBe(`${ORIGIN}/media/x`);
    expect(parseXml(renderUrlSet([{ loc: `${ORIGIN}/`, lastmod: null }])).attrs['xmlns:image']).toBeUndefined();

    const news = parseXml(
      renderNewsSitemap([{ loc: `${ORIGIN}/articles/a`, title: HOSTILE, publishedAt: '2026-05-05T10:00:00.000Z' }], { name: 'NewsHub', language: 'en' }),
    );
    const item = child(child(childrenNamed(news, 'url')[0]!, 'news:news'), 'news:title');
    expect(item.text).toBe(HOSTILE_CLEAN);
  });

  it('refuses more URLs than one sitemap may hold, and counts files', () => {
    expect(() => renderUrlSet(Array.from({ length: MAX_SITEMAP_URLS + 1 }, () => ({ loc: `${ORIGIN}/`, lastmod: null })))).toThrow(/at most/);
    expect([0, 1, 10_000, 10_001, 100_000, 100_001].map((n) => sitemapPageCount(n))).toEqual([0, 1, 1, 2, 10, 11]);
    expect([50_000, 50_001].map((n) => sitemapPageCount(n, MAX_SITEMAP_URLS))).toEqual([1, 2]);
  });

  it('parses sitemap file names and nothing else', () => {
    expect(parseSitemapFile('articles-1.xml')).toEqual({ kind: 'articles', page: 1 });
    expect(parseSitemapFile('tags-12.xml')).toEqual({ kind: 'tags', page: 12 });
    expect(parseSitemapFile('news.xml')).toBe('news');
    for (const bad of [
      'articles-0.xml',
      'articles-01.xml',
      'articles-1.XML',
      'users-1.xml',
      'articles-1.xml.gz',
      '../sitemap.xml',
      '__build__',
      'articles-9999999.xml',
    ])
      expect(parseSitemapFile(bad), bad).toBeNull();
  });
});

describe('feed links and ids', () => {
  it('puts the page’s own feeds before the site feeds', () => {
    expect(
      feedAlternates(
        { title: 'Finance | NewsHub', rss: '/finance/feed.xml', atom: '/finance/atom.xml' },
        { title: 'Comments', rss: '/articles/a/comments.xml' },
      ),
    ).toEqual({
      'application/rss+xml': [
        { url: '/finance/feed.xml', title: 'Finance | NewsHub' },
        { url: '/articles/a/comments.xml', title: 'Comments' },
        { url: '/feed.xml', title: 'NewsHub' },
      ],
      'application/atom+xml': [
        { url: '/finance/atom.xml', title: 'Finance | NewsHub' },
        { url: '/atom.xml', title: 'NewsHub' },
      ],
    });
  });

  it('makes tag: URIs from the host alone and finds the newest date', () => {
    expect(tagUri('http://localhost:3000', 'article:1')).toBe('tag:localhost,2026:article:1');
    expect(newest(['2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'], 'x')).toBe('2026-03-01T00:00:00.000Z');
    expect(newest([], 'fallback')).toBe('fallback');
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of private and per-request pages and names the sitemap', () => {
    const text = renderRobots(ORIGIN, '/sitemap.xml');
    for (const path of ['/admin', '/account', '/signin', '/signup', '/api', '/search']) expect(text).toContain(`\nDisallow: ${path}\n`);
    expect(text.startsWith('User-agent: *\n')).toBe(true);
    expect(text).toContain(`\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  });
});
