import 'server-only';
import { and, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, sections, users } from '@/db/schema';
import { HIGHLIGHT_END, HIGHLIGHT_START, stripHighlights } from '@/lib/search/highlight';
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, normaliseQuery, parseSearchPage, parseSearchSection } from '@/lib/search/query';
import { cardJoins, isPublished } from './mappers';
import type { AuthorLink, SectionLink } from './types';

/**
 * Full-text search over published articles. Not cached: search is the one reader page rendered per
 * request, and its input is unbounded. Every value reaches PostgreSQL as a bind parameter.
 */

export type SearchHit = {
  id: number;
  slug: string;
  title: string;
  /** The headline with matched words between HIGHLIGHT_START and HIGHLIGHT_END. */
  titleMarked: string;
  kind: string;
  section: SectionLink;
  author: AuthorLink | null;
  /** ISO 8601 */
  publishedAt: string;
  /** Up to two passages of the standfirst and body around the matches, marked like titleMarked. */
  snippet: string;
};

export type SearchOutcome =
  /** Nothing was typed. */
  | { status: 'empty' }
  /** Only punctuation or common words such as "the": PostgreSQL finds nothing to look for. */
  | { status: 'no-terms' }
  /** Only exclusions ("-word"): it would match nearly everything, so we ask for a word to find. */
  | { status: 'exclusions-only' }
  /**
   * `total` is exact unless `totalIsLowerBound`: when more than MAX_SEARCH_PAGE pages match, only the
   * newest matches are ranked, and `total` counts those.
   */
  | { status: 'results'; hits: SearchHit[]; page: number; totalPages: number; total: number; totalIsLowerBound: boolean };

export type SearchRequest = { q: string; section?: string | null; page?: number };

const tsquery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

const MARKERS = `[${HIGHLIGHT_START}${HIGHLIGHT_END}]`;
// Markdown that would read as noise in a snippet: images, link targets, line prefixes, inline marks.
const MD_IMAGE = '!\\[[^]]*\\]\\([^)]*\\)';
const MD_LINK = '\\[([^]]*)\\]\\([^)]*\\)';
const MD_LINE_PREFIX = '^[ \\t]*(#{1,6}|>|[-*+]|[0-9]+\\.)[ \\t]+';
const MD_INLINE = '[*`~]+|__';

/** Stored text as plain prose, without our marker characters. */
function plain(column: AnyColumn, markdown: boolean): SQL {
  let text = sql`regexp_replace(${column}, ${MARKERS}, '', 'g')`;
  if (markdown) {
    text = sql`regexp_replace(${text}, ${MD_IMAGE}, '', 'g')`;
    text = sql`regexp_replace(${text}, ${MD_LINK}, ${'\\1'}, 'g')`;
    text = sql`regexp_replace(${text}, ${MD_LINE_PREFIX}, '', 'gn')`;
    text = sql`regexp_replace(${text}, ${MD_INLINE}, '', 'g')`;
  }
  return text;
}

const TITLE_OPTIONS = `HighlightAll=true, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`;
const SNIPPET_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

/** Whether the query has anything the index can look for. */
async function classify(q: string): Promise<'ok' | 'no-terms' | 'exclusions-only'> {
  const db = await getDb();
  const { rows } = await db.execute<{ nodes: number; tree: string }>(sql`select numnode(query) as nodes, querytree(query) as tree from ${tsquery(q)} as query`);
  const probe = rows[0];
  if (!probe || probe.nodes === 0) return 'no-terms';
  // querytree() is 'T' when no part of the query can use the index: only negated words.
  if (probe.tree === 'T') return 'exclusions-only';
  return 'ok';
}

/** The most results a search pages through (MAX_SEARCH_PAGE pages). */
const CANDIDATE_CAP = MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE;
const DAY = 86_400_000;
/** The first window of publication time searched, in days back from now. */
const FIRST_WINDOW_DAYS = 3;
/** Windows reaching further back than this become "everything older". */
const LAST_WINDOW_DAYS = 730;

type Ranked = { id: number; rank: number };

/**
 * Windows are collected newest first, each already in SQL order (rank, then newest, then id), and the
 * sort is stable: ordering by rank alone keeps equal ranks newest first.
 */
const byRank = (a: Ranked, b: Ranked) => b.rank - a.rank;

/**
 * The matches published in (from, to], ranked by headline and standfirst (the small stored vector, so
 * ranking thousands of matches stays cheap; body-only matches rank 0 and fall back to newest first).
 * Returns the best `keep` of them and how many there are.
 */
async function rankWindow(query: SQL, section: string | null, from: Date | null, to: Date | null, keep: number) {
  const db = await getDb();
  const where = and(
    isPublished,
    sql`${articles.search} @@ ${query}`,
    section ? sql`${articles.sectionId} = (select ${sections.id} from ${sections} where ${sections.slug} = ${section})` : undefined,
    from ? sql`${articles.publishedAt} > ${from.toISOString()}` : undefined,
    to ? sql`${articles.publishedAt} <= ${to.toISOString()}` : undefined,
  );
  // "offset 0" keeps the ranked rows narrow before the window count (no spill of the wide rows).
  const { rows } = await db.execute<{ id: number; rank: number; total: number }>(sql`
    select id, rank, (count(*) over ())::int as total from (
      select ${articles.id} as id, ts_rank_cd(${articles.searchHead}, ${query}) as rank, ${articles.publishedAt} as published_at
      from ${articles} where ${where} offset 0
    ) m
    order by rank desc, published_at desc, id desc
    limit ${keep}`);
  return {
    total: rows[0]?.total ?? 0,
    ranked: rows.map((r) => ({ id: Number(r.id), rank: Number(r.rank) })),
  };
}

/**
 * Ranks the newest matches first, widening the window of publication time until CANDIDATE_CAP matches
 * are in hand or the archive is exhausted. Each next window is sized from the rate of matches seen so
 * far, so a common word ("election") reads a few days of matches and a rare name reads them all in two
 * or three steps: the work is bounded by the cap, not by how often a word occurs in 100,000 stories.
 */
async function rankedPage(query: SQL, section: string | null, page: number) {
  const keep = page * SEARCH_PAGE_SIZE;
  const now = Date.now();
  const candidates: Ranked[] = [];
  let total = 0;
  let days = FIRST_WINDOW_DAYS;
  let upper: Date | null = null;
  let lower: Date | null = new Date(now - days * DAY);
  for (;;) {
    const window = await rankWindow(query, section, lower, upper, keep);
    total += window.total;
    candidates.push(...window.ranked);
    if (lower === null) return { total, complete: true, ids: pageOf(candidates, page) };
    if (total >= CANDIDATE_CAP) return { total, complete: false, ids: pageOf(candidates, page) };
    // Size the next window from the rate so far, at least doubling and at most ten times as long, so a
    // word that was common years ago is not ranked over its whole history in one step.
    const perDay = total / days;
    const needed = perDay > 0 ? ((CANDIDATE_CAP - total) / perDay) * 1.5 : Infinity;
    days += Math.min(Math.max(needed, days), days * 9);
    upper = lower;
    lower = days > LAST_WINDOW_DAYS ? null : new Date(now - days * DAY);
  }
}

function pageOf(candidates: Ranked[], page: number): number[] {
  return candidates
    .sort(byRank)
    .slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE)
    .map((c) => c.id);
}

export async function searchArticles(request: SearchRequest): Promise<SearchOutcome> {
  const { q } = normaliseQuery(request.q);
  if (!q) return { status: 'empty' };
  const section = parseSearchSection(request.section);
  const page = parseSearchPage(String(request.page ?? 1));

  // First, because a query of exclusions only could not use the index at all.
  const kind = await classify(q);
  if (kind !== 'ok') return { status: kind };

  const query = tsquery(q);
  const ranked = await rankedPage(query, section, page);
  const hits = await describeHits(query, ranked.ids);
  return {
    status: 'results',
    page,
    total: ranked.total,
    totalIsLowerBound: !ranked.complete,
    totalPages: Math.min(MAX_SEARCH_PAGE, Math.max(1, Math.ceil(ranked.total / SEARCH_PAGE_SIZE))),
    hits,
  };
}

/**
 * Headline, snippet, section and author of the page's hits, in the given order. Snippets are the
 * costly part (ts_headline reads each whole story), so the page is described in two halves at once.
 */
async function describeHits(query: SQL, ids: number[]): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const half = Math.ceil(ids.length / 2);
  const parts = await Promise.all([describe(query, ids.slice(0, half)), ids.length > half ? describe(query, ids.slice(half)) : []]);
  return parts.flat();
}

async function describe(query: SQL, ids: number[]): Promise<SearchHit[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      kind: articles.kind,
      publishedAt: articles.publishedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      authorName: users.name,
      authorSlug: users.slug,
      titleMarked: sql<string>`ts_headline('english', ${plain(articles.title, false)}, ${query}, ${TITLE_OPTIONS})`,
      // When the standfirst matches, it is the snippet; only other matches pay
      // for reading the whole story (ts_headline parses all the text it is given).
      snippet: sql<string>`case when to_tsvector('english', ${articles.standfirst}) @@ ${query}
        then ts_headline('english', ${plain(articles.standfirst, false)}, ${query}, ${SNIPPET_OPTIONS})
        else ts_headline('english', concat_ws(${'\n\n'}, ${plain(articles.standfirst, false)}, ${plain(articles.body, true)}), ${query}, ${SNIPPET_OPTIONS}) end`,
    })
    .from(articles)
    .innerJoin(sections, cardJoins.section)
    .leftJoin(users, cardJoins.author)
    .where(inArray(articles.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r) => r !== undefined)
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      // HighlightAll keeps the headline whole; should the parser ever drop a character, show it unmarked.
      titleMarked: stripHighlights(r.titleMarked) === r.title ? r.titleMarked : stripHighlights(r.title),
      kind: r.kind,
      section: { slug: r.sectionSlug, name: r.sectionName },
      author: r.authorName ? { name: r.authorName, slug: r.authorSlug } : null,
      publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
      snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    }));
}
