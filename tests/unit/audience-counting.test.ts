import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addHash, emptySketch, estimate, mergeInto } from '@/lib/analytics/hyperloglog';
import { deviceClass, optedOut, referrerSource, viewTarget } from '@/lib/analytics/classify';
import { dayIn, daysEnding, hourOf } from '@/lib/analytics/days';
import { MAX_KEYS, MAX_REFERRERS, MAX_UNVERIFIED_KEYS, ViewBuffer, type CountedView } from '@/lib/analytics/view-buffer';
import { csvCell, toCsv } from '@/lib/analytics/csv';

const hash = (s: string) => createHash('sha256').update(s).digest();

describe('unique visitors (HyperLogLog)', () => {
  it('counts small numbers all but exactly and large ones within 3 %, however often each visitor returns', () => {
    const small = emptySketch();
    for (let i = 0; i < 50; i++) for (let visit = 0; visit < 5; visit++) addHash(small, hash(`visitor ${i}`));
    // Two of these fifty share a register: an estimate, not a tally.
    expect(Math.abs(estimate(small) - 50)).toBeLessThanOrEqual(1);
    const large = emptySketch();
    for (let i = 0; i < 100_000; i++) addHash(large, hash(`reader ${i}`));
    expect(Math.abs(estimate(large) - 100_000) / 100_000).toBeLessThan(0.03);
    expect(estimate(emptySketch())).toBe(0);
  });

  it('merges the sketches of several instances into the count of all their visitors', () => {
    const a = emptySketch();
    const b = emptySketch();
    for (let i = 0; i < 3_000; i++) addHash(a, hash(`v${i}`));
    for (let i = 2_000; i < 5_000; i++) addHash(b, hash(`v${i}`));
    mergeInto(a, b);
    expect(Math.abs(estimate(a) - 5_000) / 5_000).toBeLessThan(0.03);
    expect(() => mergeInto(a, new Uint8Array(10))).toThrow();
  });
});

describe('what a beacon says', () => {
  it('names reader pages by their path, and nothing else', () => {
    expect(viewTarget('/')).toEqual({ page: 'home', slug: null });
    expect(viewTarget('/articles/istanbul-talks')).toEqual({ page: 'article', slug: 'istanbul-talks' });
    expect(viewTarget('/finance')).toEqual({ page: 'section', slug: 'finance' });
    expect(viewTarget('/finance/page/3')).toEqual({ page: 'section', slug: 'finance' });
    expect(viewTarget('/tags/ceasefire')).toEqual({ page: 'tag', slug: null });
    expect(viewTarget('/tags/ceasefire/page/2')).toEqual({ page: 'tag', slug: null });
    expect(viewTarget('/authors/ana-ruiz/page/3')).toEqual({ page: 'author', slug: null });
    expect(viewTarget('/authors/ana-ruiz')).toEqual({ page: 'author', slug: null });
    expect(viewTarget('/search')).toEqual({ page: 'search', slug: null });
    expect(viewTarget('/comments/finance')).toEqual({ page: 'comments', slug: null });
    for (const path of [
      '/admin',
      '/admin/articles',
      '/signin',
      '/account',
      '/api/views',
      '/articles',
      '/articles/a/b',
      '/Finance',
      '/finance/page/0',
      'finance',
      '//x',
      '/a b',
      42,
      null,
      `/${'a'.repeat(400)}`,
    ])
      expect(viewTarget(path), String(path)).toBeNull();
  });

  it('keeps only the host of another site, and tells direct visits and the site’s own pages apart', () => {
    const own = ['newshub.example', 'localhost'];
    expect(referrerSource('https://www.google.com/search?q=istanbul+talks', own)).toBe('google.com');
    expect(referrerSource('https://news.ycombinator.com/item?id=1', own)).toBe('news.ycombinator.com');
    expect(referrerSource('https://www.newshub.example/finance', own)).toBe('internal');
    expect(referrerSource('http://localhost:3000/', own)).toBe('internal');
    for (const bad of [
      '',
      undefined,
      'not a url',
      'javascript:alert(1)',
      'android-app://com.google.android.gm/',
      'https://xn--/',
      'https://a..b/',
      `https://${'a'.repeat(120)}.com/`,
    ])
      expect(referrerSource(bad, own), String(bad)).toBe('direct');
    // An address is not kept, even as a referrer.
    expect(referrerSource('http://192.168.0.1:8080/admin', own)).toBe('other');
  });

  it('classes devices by viewport width only', () => {
    expect(deviceClass(390)).toBe('phone');
    expect(deviceClass('820')).toBe('tablet');
    expect(deviceClass(1280)).toBe('desktop');
    for (const w of [undefined, -1, 0, 'wide', 1e9, NaN]) expect(deviceClass(w)).toBe('unknown');
  });

  it('honours Do Not Track and Global Privacy Control', () => {
    expect(optedOut(new Headers({ dnt: '1' }))).toBe(true);
    expect(optedOut(new Headers({ 'sec-gpc': '1' }))).toBe(true);
    expect(optedOut(new Headers({ dnt: '0' }))).toBe(false);
    expect(optedOut(new Headers())).toBe(false);
  });
});

describe('days in the site’s time zone', () => {
  it('puts a view after midnight in London on the new day, and lists days across a month', () => {
    expect(dayIn(new Date('2026-12-02T23:30:00Z'), 'Europe/London')).toBe('2026-12-02');
    expect(dayIn(new Date('2026-07-02T23:30:00Z'), 'Europe/London')).toBe('2026-07-03');
    expect(dayIn(new Date('2026-12-03T03:00:00Z'), 'America/New_York')).toBe('2026-12-02');
    expect(hourOf(new Date('2026-12-03T10:59:59.999Z')).toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(hourOf(new Date('2026-12-03T10:59:59.999Z'), 'Europe/London').toISOString()).toBe('2026-12-03T10:00:00.000Z');
    // Half or three quarters of an hour off UTC (India +5:30, Nepal +5:45): hours start at :30 and :15 UTC, so each lies in one local day.
    expect(hourOf(new Date('2026-12-03T10:59:59.999Z'), 'Asia/Kolkata').toISOString()).toBe('2026-12-03T10:30:00.000Z');
    expect(hourOf(new Date('2026-12-03T10:15:00.000Z'), 'Asia/Kolkata').toISOString()).toBe('2026-12-03T09:30:00.000Z');
    expect(hourOf(new Date('2026-12-03T10:50:00.000Z'), 'Asia/Kathmandu').toISOString()).toBe('2026-12-03T10:15:00.000Z');
    // 18:30 UTC is midnight in India: the hour from then is the next local day's first.
    const midnight = hourOf(new Date('2026-12-03T18:40:00Z'), 'Asia/Kolkata');
    expect(dayIn(midnight, 'Asia/Kolkata')).toBe('2026-12-04');
    expect(dayIn(new Date(midnight.getTime() + 3_599_999), 'Asia/Kolkata')).toBe('2026-12-04');
    expect(daysEnding('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('the view buffer', () => {
  const view = (over: Partial<CountedView> = {}): CountedView => ({
    hour: new Date('2026-12-03T10:00:00Z'),
    page: 'article',
    slug: 'a-story',
    referrer: 'direct',
    device: 'phone',
    ...over,
  });

  it('adds up views of the same page, source and device, and starts empty after a drain', () => {
    const buffer = new ViewBuffer();
    for (let i = 0; i < 1_000; i++) buffer.add(view({ device: i % 2 ? 'phone' : 'desktop' }), { day: '2026-12-03', hash: hash(`r${i % 10}`) });
    const drained = buffer.drain();
    expect(drained.rows.map((r) => [r.device, r.views]).sort()).toEqual([
      ['desktop', 500],
      ['phone', 500],
    ]);
    expect(estimate(drained.sketches.get('2026-12-03')!)).toBe(10);
    expect(buffer.drain().rows).toEqual([]);
  });

  it('stays bounded under made-up traffic: distinct pages are capped, extra referrers count as "other"', () => {
    const buffer = new ViewBuffer();
    for (let i = 0; i < MAX_REFERRERS + 50; i++) buffer.add(view({ referrer: `site${i}.example` }));
    const rows = buffer.drain().rows;
    expect(rows.filter((r) => r.referrer === 'other')[0]?.views).toBe(50);
    for (let i = 0; i < MAX_KEYS + 10; i++) buffer.add(view({ slug: `story-${i}` }));
    expect(buffer.size).toBe(MAX_KEYS);
    expect(buffer.drain().dropped).toBe(10);
  });

  it('keeps room for real pages when made-up ones pour in: those share a small allowance', () => {
    const buffer = new ViewBuffer();
    for (let i = 0; i < MAX_UNVERIFIED_KEYS + 100; i++) buffer.add(view({ slug: `made-up-${i}` }), undefined, false);
    expect(buffer.size).toBe(MAX_UNVERIFIED_KEYS);
    expect(buffer.add(view({ slug: 'a-real-story' }))).toBe(true);
    expect(buffer.add(view({ slug: 'made-up-0' }), undefined, false)).toBe(true); // already counted: adds up
    expect(buffer.drain().dropped).toBe(100);
  });

  it('takes back a batch that could not be written, adding it to what came since', () => {
    const buffer = new ViewBuffer();
    buffer.add(view());
    const failed = buffer.drain();
    buffer.add(view());
    buffer.restore(failed);
    expect(buffer.drain().rows[0]?.views).toBe(2);
  });
});

describe('CSV exports', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('Plain')).toBe('Plain');
    expect(csvCell('Talks, again')).toBe('"Talks, again"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell(1234)).toBe('1234');
    expect(toCsv(['Day', 'Views'], [['2026-12-03', 5]])).toBe('Day,Views\r\n2026-12-03,5\r\n');
  });
});
