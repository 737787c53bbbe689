import { describe, expect, it } from 'vitest';
import { cardHeadline, drawableOnCard, headlineFontSize, socialCardText } from '@/lib/seo/social-card-text';
import type { Article } from '@/lib/dal/types';
import { articleFeedAlternates, articleJsonLd, articleSocialMetadata } from '@/lib/seo/article';
import { serializeJsonLd } from '@/lib/seo/json-ld';

const ORIGIN = 'https://news.example';

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 42,
    slug: 'ecb-cuts-rates',
    title: 'ECB cuts rates </script><script>alert(1)</script> <!-- & more',
    standfirst: 'The bank signals more easing </SCRIPT> as inflation cools.',
    kind: 'News',
    live: null,
    liveEndedAt: null,
    section: { slug: 'finance', name: 'Finance' },
    author: { name: 'Amara Osei', slug: 'amara-osei' },
    publishedAt: '2026-05-05T09:00:00.000Z',
    revisedAt: '2026-05-05T11:30:00.000Z',
    hero: { src: '/media/0f8fad5b-d9cb-469f-a165-70867728950e', alt: 'The ECB tower', caption: '', credit: '' },
    featured: false,
    body: 'Body.',
    tags: [
      { slug: 'central-banks', name: 'Central banks' },
      { slug: 'inflation', name: 'Inflation' },
    ],
    commentsOpen: true,
    commentsCloseAt: null,
    authorBio: null,
    corrections: [],
    ...overrides,
  };
}

describe('serializeJsonLd', () => {
  it('cannot end the script element early, and still parses to the same data', () => {
    const data = { a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'Tom & Jerry', d: 'line\u2028sep\u2029end' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('articleJsonLd', () => {
  it('describes the right article as a NewsArticle with a breadcrumb', () => {
    const [news, crumbs] = articleJsonLd(article(), ORIGIN);
    expect(news).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: `${ORIGIN}/articles/ecb-cuts-rates`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}/articles/ecb-cuts-rates` },
      headline: article().title,
      description: article().standfirst,
      datePublished: '2026-05-05T09:00:00.000Z',
      dateModified: '2026-05-05T11:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Amara Osei', url: `${ORIGIN}/authors/amara-osei` }],
      image: [`${ORIGIN}/media/0f8fad5b-d9cb-469f-a165-70867728950e`],
      articleSection: 'Finance',
      keywords: ['Central banks', 'Inflation'],
      publisher: { '@type': 'Organization', name: 'NewsHub', url: `${ORIGIN}/` },
    });
    expect(crumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Home', item: `${ORIGIN}/` },
        { position: 2, name: 'Finance', item: `${ORIGIN}/finance` },
        { position: 3, name: article().title, item: `${ORIGIN}/articles/ecb-cuts-rates` },
      ],
    });
    const json = serializeJsonLd(articleJsonLd(article(), ORIGIN));
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('<!--');
    expect(JSON.parse(json)[0].headline).toBe(article().title);
  });

  it('lists each correction as a CorrectionComment, and none when there are none', () => {
    const [news] = articleJsonLd(
      article({ corrections: [{ id: 1, text: 'An earlier version gave the wrong rate: it is 2.25%.', createdAt: '2026-05-05T11:30:00.000Z' }] }),
      ORIGIN,
    );
    expect(news.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'An earlier version gave the wrong rate: it is 2.25%.', datePublished: '2026-05-05T11:30:00.000Z' },
    ]);
    expect(articleJsonLd(article(), ORIGIN)[0]).not.toHaveProperty('correction');
  });

  it('falls back sensibly without author, hero, tags or revision', () => {
    const [news] = articleJsonLd(article({ author: null, hero: null, tags: [], revisedAt: null }), ORIGIN);
    expect(news.author).toEqual([{ '@type': 'Organization', name: 'NewsHub', url: `${ORIGIN}/` }]);
    expect(news.dateModified).toBe('2026-05-05T09:00:00.000Z');
    expect(news).not.toHaveProperty('image');
    expect(news).not.toHaveProperty('keywords');
    const [withoutProfile] = articleJsonLd(article({ author: { name: 'Guest Writer', slug: null } }), ORIGIN);
    expect(withoutProfile.author).toEqual([{ '@type': 'Person', name: 'Guest Writer' }]);
  });
});

describe('article metadata', () => {
  it('has OpenGraph article fields, a Twitter card and the article’s feeds', () => {
    const meta = articleSocialMetadata(article(), 'Description', ORIGIN);
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: '/articles/ecb-cuts-rates',
      publishedTime: '2026-05-05T09:00:00.000Z',
      modifiedTime: '2026-05-05T11:30:00.000Z',
      section: 'Finance',
      tags: ['Central banks', 'Inflation'],
      authors: [`${ORIGIN}/authors/amara-osei`],
      images: [{ url: expect.stringMatching(/^\/articles\/ecb-cuts-rates\/social-card\.png\?v=[0-9a-z]+$/), width: 1200, height: 630, type: 'image/png' }],
    });
    expect(meta.twitter).toMatchObject({
      card: 'summary_large_image',
      description: 'Description',
      images: [{ url: expect.stringContaining('/articles/ecb-cuts-rates/social-card.png?v=') }],
    });
    // A correction changes the card's address, so long-lived caches fetch the new headline.
    const corrected = articleSocialMetadata(article({ revisedAt: '2026-05-06T08:00:00.000Z' }), 'D', ORIGIN);
    expect(JSON.stringify(corrected.openGraph)).not.toBe(JSON.stringify(meta.openGraph));
    // The generated card stands in for a missing hero.
    expect(articleSocialMetadata(article({ hero: null }), 'D', ORIGIN).twitter).toMatchObject({ card: 'summary_large_image' });
    expect(articleFeedAlternates(article())['application/rss+xml']).toEqual([
      { url: '/articles/ecb-cuts-rates/comments.xml', title: `Comments on “${article().title}”` },
      { url: '/finance/feed.xml', title: 'Finance | NewsHub' },
      { url: '/feed.xml', title: 'NewsHub' },
    ]);
  });
});

describe('social card text', () => {
  const base = { title: 'ECB cuts rates for a third time', kind: 'News', section: { name: 'Finance' }, author: { name: 'Leah Brandt' } };

  it('carries headline, section, kind and byline', () => {
    expect(socialCardText(base)).toMatchObject({ headline: base.title, headlineSize: 72, label: 'Finance · News', byline: 'By Leah Brandt' });
  });

  it('draws accented Latin, Greek and Cyrillic, and leaves off what the bundled font cannot draw', () => {
    expect(drawableOnCard('Talks at Dolmabahçe: “working”, says Zelensky’s envoy — €2bn deal')).toBe(true);
    expect(drawableOnCard('Αθήνα and Київ')).toBe(true);
    expect(socialCardText({ ...base, title: '東京 summit opens' }).headline).toBeNull();
    expect(socialCardText({ ...base, title: 'Markets rally 🚀' }).headline).toBeNull();
    expect(socialCardText({ ...base, title: 'Election in Hà Nội' }).headline).toBeNull();
    expect(socialCardText({ ...base, author: { name: 'Nguyễn Văn An' } }).byline).toBeNull();
    expect(socialCardText({ ...base, author: { name: '李明' } }).byline).toBeNull();
    expect(socialCardText({ ...base, author: null }).byline).toBeNull();
  });

  it('shrinks long headlines and cuts the longest at a word', () => {
    expect(headlineFontSize('x'.repeat(50))).toBeGreaterThan(headlineFontSize('x'.repeat(100)));
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const cut = cardHeadline(long);
    expect(Array.from(cut).length).toBeLessThanOrEqual(161);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1).endsWith(' ')).toBe(false);
  });
});
