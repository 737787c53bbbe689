// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bannerHtml, liveEntryHtml, liveStatusHtml, recentCommentHtml } from '@/lib/content/live-html';
import { audienceOf, eventFrame } from '@/lib/live/protocol';

const parse = (markup: string) => new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
const times = { absoluteTime: () => '3 Dec 2026, 14:05', clock: () => '14:05' };
const evil = `"><img src=x onerror=alert(1)>`;

describe('live markup', () => {
  it('escapes every word a person typed in the sidebar and the banner', () => {
    const item = parse(
      recentCommentHtml({ id: 4, authorName: evil, articleSlug: 'a-story', articleTitle: evil, excerpt: evil, createdAt: '2026-12-03T14:05:00.000Z' }, times),
    );
    expect(item.querySelector('img')).toBeNull();
    expect(item.querySelector('bdi')?.textContent).toBe(evil);
    expect(item.querySelector('p')?.textContent).toContain(' on ');

    const banner = parse(bannerHtml({ id: 1, text: evil, link: '/articles/a-story', urgency: 'developing' }));
    expect(banner.querySelector('img')).toBeNull();
    expect(banner.querySelector('a')?.textContent).toBe(evil);
    expect(banner.querySelector('.breaking-label')?.textContent).toBe('Developing story');
    expect(bannerHtml(null)).toBe('');
  });

  it('keeps an entry’s sanitized body as markup and its headline as text', () => {
    const entry = parse(
      liveEntryHtml(
        {
          id: 9,
          title: evil,
          bodyHtml: '<p>Turnout is <strong>up</strong>.</p>',
          text: 'Turnout is up.',
          pinned: true,
          authorName: 'Leah Brandt',
          createdAt: '2026-12-03T14:05:00.000Z',
          updatedAt: '2026-12-03T14:05:00.000Z',
        },
        times,
      ),
    );
    expect(entry.querySelector('li#entry-9 article h3')?.textContent).toBe(evil);
    expect(entry.querySelector('img')).toBeNull();
    expect(entry.querySelector('.live-entry-body strong')?.textContent).toBe('up');
    expect(entry.querySelector('.key-event')?.textContent).toBe('Key event');
    expect(entry.querySelector('time')?.textContent).toBe('14:05');
    expect(parse(liveStatusHtml(true, '2026-12-03T18:00:00.000Z', times)).body.textContent).toContain('This live blog has ended');
  });

  it('frames messages for the stream and sends each to its audience', () => {
    expect(eventFrame(12, { type: 'banner', html: '' })).toBe('id: 12\ndata: {"type":"banner","html":""}\n\n');
    expect(audienceOf({ type: 'recent', id: 1, createdAt: '', html: '' })).toBe('all');
    expect(audienceOf({ type: 'comment-gone', articleId: 7, id: 1 })).toBe(7);
  });
});
