// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardInnerHtml, rankedItemsHtml, type CardOptions } from '@/lib/content/card-html';
import type { ArticleCard } from '@/lib/dal/types';

const parse = (markup: string) => new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
const evil = `"><img src=x onerror=alert(1)>`;

const story: ArticleCard & { commentCount?: number } = {
  id: 7,
  slug: 'istanbul-talks-inch-towards-a-ceasefire',
  title: 'Istanbul talks inch towards a ceasefire',
  standfirst: 'Negotiators agree on a prisoner exchange but not on the map.',
  kind: 'Analysis',
  live: null,
  section: { slug: 'world', name: 'World' },
  author: { name: 'Leah Brandt', slug: 'leah-brandt' },
  publishedAt: '2026-12-03T14:05:00.000Z',
  revisedAt: null,
  hero: { src: '/media/abc', alt: 'Delegates at the table', caption: '', credit: '' },
  featured: false,
  commentCount: 3,
};

const options = (overrides: Partial<CardOptions> = {}): CardOptions => ({
  variant: 'standard',
  headingLevel: 3,
  showSection: true,
  image: true,
  absoluteTime: () => '3 Dec 2026, 14:05',
  ...overrides,
});

describe('story cards as HTML', () => {
  it('states the headline, section, byline, comment count and time a reader sees', () => {
    const card = parse(cardInnerHtml(story, options()));
    const link = card.querySelector('h3 a');
    expect(link?.getAttribute('href')).toBe('/articles/istanbul-talks-inch-towards-a-ceasefire');
    expect(link?.textContent).toBe('Istanbul talks inch towards a ceasefire');
    expect(card.querySelector('.kicker')?.textContent).toBe('Analysis');
    expect(card.querySelector('.meta-section')?.getAttribute('href')).toBe('/world');
    expect(card.querySelector('bdi')?.textContent).toBe('Leah Brandt');
    expect(card.querySelector('.meta span')?.textContent).toBe('3 comments');
    const time = card.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-12-03T14:05:00.000Z');
    expect(time?.hasAttribute('data-ago')).toBe(true);
    expect(time?.textContent).toBe('3 Dec 2026, 14:05');
    // A listing thumbnail is decorative and waits until it is near the screen.
    expect(card.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(card.querySelector('img')?.getAttribute('loading')).toBe('lazy');
  });

  it('escapes every headline, name and address, in text and attributes', () => {
    const hostile = {
      ...story,
      slug: evil,
      title: evil,
      standfirst: evil,
      kind: evil,
      section: { slug: evil, name: evil },
      author: { name: evil, slug: null },
    };
    for (const variant of ['lead', 'wide-lead', 'standard', 'compact', 'row'] as const) {
      const card = parse(cardInnerHtml({ ...hostile, hero: { ...story.hero!, src: evil } }, options({ variant })));
      expect(card.querySelectorAll('img:not(.thumb)')).toHaveLength(0);
      expect(card.querySelector('h3 a')?.textContent).toBe(evil);
    }
    const ranked = parse(rankedItemsHtml([hostile], () => evil));
    expect(ranked.querySelectorAll('img')).toHaveLength(0);
    expect(ranked.querySelector('h3 a')?.textContent).toBe(evil);
  });

  it('draws each variant as the listing asks', () => {
    const lead = parse(cardInnerHtml(story, options({ variant: 'lead', headingLevel: 2 })));
    expect(lead.querySelector('h2 a')?.textContent).toBe(story.title);
    // The lead's picture is the page's largest paint: asked for at once, never lazily, and named for the
    // page's scripts to wait for.
    expect(lead.querySelector('img')?.getAttribute('fetchpriority')).toBe('high');
    expect(lead.querySelector('img')?.hasAttribute('loading')).toBe(false);
    expect(lead.querySelector('img')?.getAttribute('elementtiming')).toBe('lead');

    const compact = parse(cardInnerHtml(story, options({ variant: 'compact', showSection: false })));
    expect(compact.querySelector('img')).toBeNull();
    expect(compact.querySelector('.meta-section')).toBeNull();

    const textOnly = parse(cardInnerHtml({ ...story, commentCount: 1 }, options({ image: false })));
    expect(textOnly.querySelector('img')).toBeNull();
    expect(textOnly.querySelector('.meta span')?.textContent).toBe('1 comment');

    const silent = parse(cardInnerHtml({ ...story, commentCount: 0, author: null }, options()));
    expect(silent.querySelector('.meta span')).toBeNull();
    expect(silent.querySelector('bdi')).toBeNull();

    const live = parse(cardInnerHtml({ ...story, live: 'running' }, options()));
    expect(live.querySelector('.live-label')?.textContent).toBe('Live');
    expect(parse(cardInnerHtml({ ...story, live: 'ended' }, options())).querySelector('.kicker')?.textContent).toBe('Live blog');
  });

  it('numbers ranked stories, each with its note', () => {
    const list = parse(rankedItemsHtml([story, { ...story, id: 8, title: 'Second' }], (a) => `${a.commentCount} comments`));
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual(['1', '2']);
    expect(items[1]?.querySelector('h3')?.textContent).toBe('Second');
    expect(items[0]?.querySelector('p')?.textContent).toBe('3 comments');
  });
});
