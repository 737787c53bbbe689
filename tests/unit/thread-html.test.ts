// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commentItemHtml, featuredCommentsHtml, threadHtml } from '@/lib/content/thread-html';
import { escapeHtml, html } from '@/lib/html/safe-html';
import type { ThreadNode } from '@/lib/dal/types';

const node = (over: Partial<ThreadNode>): ThreadNode => ({
  id: 1,
  parentId: null,
  authorId: 'u1',
  authorName: 'Amara',
  body: 'Hello',
  state: 'published',
  createdAt: '2026-12-02T14:05:00.000Z',
  editedAt: null,
  recommends: 0,
  featured: false,
  replies: [],
  ...over,
});
const absoluteTime = () => '2 Dec 2026, 14:05';
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('html templates', () => {
  it('escape every value, in text and in attributes', () => {
    const evil = `"><script>alert(1)</script>'`;
    expect(html`<p title="${evil}">${evil}</p>`.toString()).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;</p>',
    );
  });

  it('take nested templates and lists as markup, and nothing else', () => {
    expect(
      html`<ul>
        ${['a', 'b'].map((x) => html`<li>${x}</li>`)}
      </ul>`.toString(),
    ).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html`${'<b>'}${null}${false}${0}`.toString()).toBe('&lt;b&gt;0');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('the comment thread as HTML', () => {
  it('renders hostile names and bodies as text', () => {
    const hostile = node({
      authorName: `<img src=x onerror=alert(1)>"'`,
      body: `<script>alert(1)</script>\n\njavascript:alert(1) and https://example.com/a?b=1&c=2 too`,
    });
    const doc = parse(`<body>${threadHtml([hostile], { absoluteTime })}</body>`);
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(doc.querySelector('bdi')?.textContent).toBe(`<img src=x onerror=alert(1)>"'`);
    expect(doc.querySelector('article')?.getAttribute('aria-label')).toBe(`Comment by <img src=x onerror=alert(1)>"'`);
    const paragraphs = [...doc.querySelectorAll('.comment-text p')].map((p) => p.textContent);
    expect(paragraphs[0]).toBe('<script>alert(1)</script>');
    const links = [...doc.querySelectorAll('.comment-text a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/a?b=1&c=2']);
    expect(links[0]?.getAttribute('rel')).toBe('ugc nofollow noopener noreferrer');
    expect(doc.querySelector('[data-comment-controls]')?.getAttribute('data-author-name')).toBe(`<img src=x onerror=alert(1)>"'`);
  });

  it('keeps the thread’s shape: replies, placeholders, line breaks, edited marks and the time the HTML states', () => {
    const thread = [
      node({
        id: 1,
        state: 'removed',
        body: null,
        replies: [node({ id: 2, parentId: 1, authorName: 'Jonas', body: 'line one\nline two', editedAt: '2026-12-02T15:00:00.000Z' })],
      }),
    ];
    const doc = parse(`<body>${threadHtml(thread, { absoluteTime })}</body>`);
    expect(doc.querySelector('[data-testid="comment-thread"] > li#comment-1 p')?.textContent).toBe('This comment was removed by a moderator.');
    const replies = doc.querySelector('ol[aria-label="Replies to removed comment"]');
    expect(replies?.querySelector('li#comment-2 bdi')?.textContent).toBe('Jonas');
    expect(replies?.querySelectorAll('.comment-text br')).toHaveLength(1);
    expect(replies?.querySelector('.comment-head .italic')?.textContent).toBe('edited');
    const time = replies?.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-12-02T14:05:00.000Z');
    expect(time?.textContent).toBe('2 Dec 2026, 14:05');
    // An empty thread is still a list, for the comments that arrive while the page is open.
    expect(parse(threadHtml([], { absoluteTime })).querySelectorAll('[data-live-thread] > li')).toHaveLength(0);
  });

  it('marks the editors’ picks and says how many readers recommend a comment', () => {
    const thread = [node({ id: 7, featured: true, recommends: 3, body: 'A careful point' }), node({ id: 8, recommends: 1 }), node({ id: 9 })];
    const doc = parse(threadHtml(thread, { absoluteTime }));
    expect(doc.querySelector('#comment-7 .featured-mark')?.textContent).toBe('Featured');
    expect(doc.querySelector('#comment-7 [data-recommend-count]')?.textContent).toBe('3 recommendations');
    expect(doc.querySelector('#comment-8 [data-recommend-count]')?.textContent).toBe('1 recommendation');
    expect(doc.querySelector('#comment-9 [data-recommend-count]')?.textContent).toBe('');
    const picks = parse(featuredCommentsHtml(thread, { absoluteTime }));
    expect(picks.querySelectorAll('li')).toHaveLength(1);
    expect(picks.querySelector('blockquote')?.textContent?.trim()).toBe('A careful point');
    expect(picks.querySelector('a')?.getAttribute('href')).toBe('#comment-7');
    // No picks: an empty list, for picks made while the page is open.
    expect(parse(featuredCommentsHtml([node({ id: 10 })], { absoluteTime })).querySelectorAll('[data-live-featured] > li')).toHaveLength(0);
    // Oldest first, replies among them by their time.
    const ordered = [
      node({
        id: 20,
        featured: true,
        createdAt: '2026-12-02T10:00:00.000Z',
        replies: [node({ id: 21, parentId: 20, featured: true, createdAt: '2026-12-02T12:00:00.000Z' })],
      }),
      node({ id: 22, featured: true, createdAt: '2026-12-02T11:00:00.000Z' }),
    ];
    const order = [...parse(featuredCommentsHtml(ordered, { absoluteTime })).querySelectorAll('[data-featured-comment]')].map((li) =>
      li.getAttribute('data-featured-comment'),
    );
    expect(order).toEqual(['20', '22', '21']);
  });

  it('sends one comment without its replies, ready for the thread', () => {
    const item = parse(commentItemHtml(node({ id: 11, replies: [node({ id: 12, parentId: 11 })] }), { absoluteTime }));
    expect(item.querySelector('li#comment-11')).not.toBeNull();
    expect(item.querySelector('#comment-12')).toBeNull();
  });
});
