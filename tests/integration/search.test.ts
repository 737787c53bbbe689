import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { createArticle, sectionId } from '../support/db';
import { searchArticles, type SearchOutcome } from '@/lib/dal/search';
import { HIGHLIGHT_END, HIGHLIGHT_START, splitHighlights } from '@/lib/search/highlight';
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE } from '@/lib/search/query';

/** Made-up words no seeded story contains, unique to this run. */
let wordCounter = 0;
const word = () => {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let n = Date.now() * 100 + process.pid + ++wordCounter;
  let out = 'zq';
  while (n > 0) {
    out += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  }
  return out;
};

function results(outcome: SearchOutcome) {
  if (outcome.status !== 'results') throw new Error(`expected results, got ${outcome.status}`);
  return outcome;
}

const ids = (outcome: SearchOutcome) => results(outcome).hits.map((h) => h.id);

describe('search', () => {
  it('finds a word that appears only in the body, with a highlighted snippet', async () => {
    const w = word();
    const article = await createArticle({
      title: 'An ordinary headline',
      standfirst: 'Nothing special here.',
      body: `Paragraph one is long enough to be skipped.\n\nThe **${w}** appeared in the harbour at dawn, [say witnesses](https://example.com/w).`,
    });
    const outcome = results(await searchArticles({ q: w }));
    expect(outcome.hits.map((h) => h.id)).toEqual([article.id]);
    expect(outcome.total).toBe(1);
    const hit = outcome.hits[0]!;
    expect(hit.snippet).toContain(`${HIGHLIGHT_START}${w}${HIGHLIGHT_END}`);
    // Markdown noise is gone from the snippet, the link text stays.
    expect(hit.snippet).not.toContain('**');
    expect(hit.snippet).not.toContain('https://example.com');
    expect(hit.snippet).toContain('say witnesses');
    expect(
      splitHighlights(hit.snippet)
        .filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual([w]);
    expect(hit).toMatchObject({ slug: article.slug, section: { slug: 'world' } });
  });

  it('ranks a headline match above a standfirst match above a body-only match', async () => {
    const w = word();
    const inBody = await createArticle({
      title: 'Harbour report',
      standfirst: 'A calm night.',
      body: `Late in the evening a ${w} was seen.`,
      publishedAt: new Date(),
    });
    const inStandfirst = await createArticle({
      title: 'Market report',
      standfirst: `The ${w} returns.`,
      body: 'Plain text.',
      publishedAt: new Date(Date.now() - 86_400_000),
    });
    const inTitle = await createArticle({
      title: `The ${w} question`,
      standfirst: 'Analysis.',
      body: 'Plain text.',
      publishedAt: new Date(Date.now() - 2 * 86_400_000),
    });
    expect(ids(await searchArticles({ q: w }))).toEqual([inTitle.id, inStandfirst.id, inBody.id]);
    const top = results(await searchArticles({ q: w })).hits[0]!;
    expect(top.titleMarked).toBe(`The ${HIGHLIGHT_START}${w}${HIGHLIGHT_END} question`);
  });

  it('stems English words', async () => {
    const w = word();
    const article = await createArticle({ body: `Officials were ${w} negotiating the tariffs.` });
    expect(ids(await searchArticles({ q: `${w} negotiations tariff` }))).toEqual([article.id]);
  });

  it('honours quoted phrases, OR and -exclusion', async () => {
    const a = word();
    const b = word();
    const c = word();
    const phrase = await createArticle({ body: `The ${a} ${b} met on Tuesday.` });
    const apart = await createArticle({ body: `The ${b} said the ${a} was late.` });
    const other = await createArticle({ body: `Only ${c} here.` });

    expect(ids(await searchArticles({ q: `"${a} ${b}"` }))).toEqual([phrase.id]);
    expect(new Set(ids(await searchArticles({ q: `${a} ${b}` })))).toEqual(new Set([phrase.id, apart.id]));
    expect(new Set(ids(await searchArticles({ q: `${a} or ${c}` })))).toEqual(new Set([phrase.id, apart.id, other.id]));
    expect(new Set(ids(await searchArticles({ q: `${c} OR ${b}` })))).toEqual(new Set([phrase.id, apart.id, other.id]));
    expect(ids(await searchArticles({ q: `${a} -"${a} ${b}"` }))).toEqual([apart.id]);
    expect(ids(await searchArticles({ q: `${b} -${c} -late` }))).toEqual([phrase.id]);
  });

  it('filters by section', async () => {
    const w = word();
    const world = await createArticle({ body: `${w} in the world.` });
    const finance = await createArticle({ body: `${w} in finance.`, sectionId: await sectionId('finance') });
    expect(new Set(ids(await searchArticles({ q: w })))).toEqual(new Set([world.id, finance.id]));
    const filtered = results(await searchArticles({ q: w, section: 'finance' }));
    expect(filtered.hits.map((h) => h.id)).toEqual([finance.id]);
    expect(filtered.hits[0]!.section).toEqual({ slug: 'finance', name: 'Finance' });
    expect(ids(await searchArticles({ q: w, section: 'no-such-section' }))).toEqual([]);
    // A section that is not a slug is ignored rather than trusted.
    expect(ids(await searchArticles({ q: w, section: "finance' or 1=1 --" })).length).toBe(2);
  });

  it('finds only published articles', async () => {
    const w = word();
    const live = await createArticle({ body: `${w} live.` });
    await createArticle({ body: `${w} draft.`, status: 'draft', publishedAt: null });
    await createArticle({ body: `${w} review.`, status: 'review', publishedAt: null });
    await createArticle({ body: `${w} scheduled.`, status: 'scheduled', publishedAt: new Date(Date.now() + 86_400_000) });
    await createArticle({ body: `${w} archived.`, status: 'archived' });
    expect(ids(await searchArticles({ q: w }))).toEqual([live.id]);
  });

  it('pages results, clamps the page and reports the real page count past the end', async () => {
    const w = word();
    const made = [];
    for (let i = 0; i < SEARCH_PAGE_SIZE + 3; i++)
      made.push(await createArticle({ body: `${w} number ${i}.`, publishedAt: new Date(Date.now() - i * 60_000) }));
    const first = results(await searchArticles({ q: w, page: 1 }));
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect(first).toMatchObject({ total: SEARCH_PAGE_SIZE + 3, totalPages: 2, page: 1 });
    // Equal rank: newest first.
    expect(first.hits.map((h) => h.id)).toEqual(made.slice(0, SEARCH_PAGE_SIZE).map((a) => a.id));
    const second = results(await searchArticles({ q: w, page: 2 }));
    expect(second.hits.map((h) => h.id)).toEqual(made.slice(SEARCH_PAGE_SIZE).map((a) => a.id));
    const beyond = results(await searchArticles({ q: w, page: 5 }));
    expect(beyond).toMatchObject({ hits: [], total: SEARCH_PAGE_SIZE + 3, totalPages: 2, page: 5 });
    expect(results(await searchArticles({ q: w, page: 1_000_000 })).page).toBe(MAX_SEARCH_PAGE);
    expect(results(await searchArticles({ q: w, page: -3 })).page).toBe(1);
    expect(results(await searchArticles({ q: w, page: Number.NaN })).page).toBe(1);
  });

  it('explains empty, junk and exclusion-only queries instead of searching', async () => {
    for (const q of ['', '   ', '\u0000', '\t\n']) expect(await searchArticles({ q }), JSON.stringify(q)).toEqual({ status: 'empty' });
    for (const q of ['%', '_', '\\', "'", 'a & | !', "'--", '!!!(((', 'the', 'of the and', '""', '-', 'or'])
      expect(await searchArticles({ q }), JSON.stringify(q)).toEqual({ status: 'no-terms' });
    expect(await searchArticles({ q: '-economy' })).toEqual({ status: 'exclusions-only' });
  });

  it('survives hostile input', async () => {
    const hostile = [
      '%',
      '_',
      '\\',
      "'",
      'a & | !',
      '<script>alert(1)</script>',
      "'--",
      "'; drop table articles; --",
      'a:*',
      'x <-> y',
      '(((',
      ')))',
      'foo\u0000bar',
      '\u0000'.repeat(50),
      'x'.repeat(10_000),
      'word '.repeat(2_000),
      '\uD800lone surrogate',
      '😀 emoji',
      '\u0002\u0003',
      '"unterminated phrase',
      'OR OR OR',
      '-"-"-',
      '%_%_%',
      '\\x00',
      'SELECT * FROM users',
    ];
    for (const q of hostile) {
      const outcome = await searchArticles({ q });
      expect(['empty', 'no-terms', 'exclusions-only', 'results'], JSON.stringify(q.slice(0, 40))).toContain(outcome.status);
    }
    // Operators, quotes and markup around a real word still find it, and the title comes back as plain text.
    const w = word();
    const article = await createArticle({ title: `Tom & Jerry's ${w} <i>"quoted"</i>`, body: 'Plain.' });
    for (const q of [`${w} & | ! <i>`, `'${w}'--`, `%${w}_`, `${w}\\`]) expect(ids(await searchArticles({ q })), q).toEqual([article.id]);
    const [hit] = results(await searchArticles({ q: w })).hits;
    expect(hit!.title).toBe(`Tom & Jerry's ${w} <i>"quoted"</i>`);
    expect(hit!.titleMarked).toBe(`Tom & Jerry's ${HIGHLIGHT_START}${w}${HIGHLIGHT_END} <i>"quoted"</i>`);
  });

  it('searches the first 200 characters of a very long query', async () => {
    const w = word();
    const article = await createArticle({ body: `${w} once.` });
    expect(ids(await searchArticles({ q: `${w} ${'y'.repeat(10_000)}` }))).toEqual([]);
    expect(ids(await searchArticles({ q: `${w} ${'and '.repeat(2_500)}` }))).toEqual([article.id]);
  });

  it('ranks only the newest matches when a word is everywhere, and says the count is a lower bound', async () => {
    const w = word();
    const cap = MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE;
    const db = await getDb();
    // cap + 40 body matches over the last 60 days, then one headline match from two years ago.
    await db.execute(sql`
      insert into articles (slug, title, standfirst, body, section_id, status, published_at)
      select ${w} || '-' || g, 'Common story ' || g, 'Standfirst.', 'The word ' || ${w} || ' appears here.', ${await sectionId()},
             'published', now() - g * (interval '60 days' / ${cap + 40})
      from generate_series(1, ${cap + 40}) g`);
    const old = await createArticle({ title: `${w} archive exclusive`, publishedAt: new Date(Date.now() - 2 * 365 * 86_400_000) });
    const recentHeadline = await createArticle({ title: `${w} leads this headline`, publishedAt: new Date(Date.now() - 10 * 86_400_000) });

    const first = results(await searchArticles({ q: w }));
    expect(first.totalIsLowerBound).toBe(true);
    expect(first.total).toBeGreaterThanOrEqual(cap);
    expect(first.total).toBeLessThanOrEqual(cap + 41);
    expect(first.totalPages).toBe(MAX_SEARCH_PAGE);
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);
    // A headline match among the newest matches ranks first, though ten days old.
    expect(first.hits[0]!.id).toBe(recentHeadline.id);
    // Then equal ranks, newest first; the old headline match is beyond the ranked window.
    const times = first.hits.slice(1).map((h) => Date.parse(h.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.hits.some((h) => h.id === old.id)).toBe(false);
    const second = results(await searchArticles({ q: w, page: 2 }));
    expect(second.hits.filter((h) => first.hits.some((f) => f.id === h.id))).toEqual([]);
    expect(Date.parse(second.hits[0]!.publishedAt)).toBeLessThanOrEqual(times.at(-1)!);

    // A word only the old story has is found however far back it is, with an exact count.
    const rare = results(await searchArticles({ q: `${w} exclusive` }));
    expect(rare).toMatchObject({ total: 1, totalIsLowerBound: false });
    expect(rare.hits.map((h) => h.id)).toEqual([old.id]);
  });
});
