import 'server-only';
import { and, count, desc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, sections, users } from '@/db/schema';
import { HIGHLIGHT_END, HIGHLIGHT_START, stripHighlights } from '@/lib/search/highlight';
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, normaliseQuery, parseSearchPage, parseSearchSection } from '@/lib/search/query';
import { cardJoins, isPublished, newestFirst } from './mappers';
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
  | { status: 'results'; hits: SearchHit[]; page: number; totalPages: number; total: number };

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
  const { rows } = await db.execute<{ nodes: number; tree: string }>(
    sql`select numnode(query) as nodes, querytree(query) as tree from ${tsquery(q)} as query`,
  );
  const probe = rows[0];
  if (!probe || probe.nodes === 0) return 'no-terms';
  // querytree() is 'T' when no part of the query can use the index: only negated words.
  if (probe.tree === 'T') return 'exclusions-only';
  return 'ok';
}

export async function searchArticles(request: SearchRequest): Promise<SearchOutcome> {
  const { q } = normaliseQuery(request.q);
  if (!q) return { status: 'empty' };
  const section = parseSearchSection(request.section);
  const page = parseSearchPage(String(request.page ?? 1));

  const kind = await classify(q);
  if (kind !== 'ok') return { status: kind };

  const db = await getDb();
  const query = tsquery(q);
  const where = and(isPublished, sql`${articles.search} @@ ${query}`, section ? eq(sections.slug, section) : undefined);
  const rank = sql<number>`ts_rank_cd(${articles.search}, ${query})`;

  const hits = db.$with('hits').as(
    db
      .select({ id: articles.id, rank: rank.as('rank'), total: sql<number>`(count(*) over ())::int`.as('total') })
      .from(articles)
      .innerJoin(sections, cardJoins.section)
      .where(where)
      .orderBy(desc(rank), ...newestFirst)
      .limit(SEARCH_PAGE_SIZE)
      .offset((page - 1) * SEARCH_PAGE_SIZE),
  );

  const rows = await db
    .with(hits)
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
      total: hits.total,
      titleMarked: sql<string>`ts_headline('english', ${plain(articles.title, false)}, ${query}, ${TITLE_OPTIONS})`,
      snippet: sql<string>`ts_headline('english', concat_ws(${'\n\n'}, ${plain(articles.standfirst, false)}, ${plain(articles.body, true)}), ${query}, ${SNIPPET_OPTIONS})`,
    })
    .from(hits)
    .innerJoin(articles, eq(articles.id, hits.id))
    .innerJoin(sections, cardJoins.section)
    .leftJoin(users, cardJoins.author)
    .orderBy(desc(hits.rank), ...newestFirst);

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    // Past the last page the window count is not available: count once so the page can say how many there are.
    const [counted] = await db.select({ n: count() }).from(articles).innerJoin(sections, cardJoins.section).where(where);
    total = counted?.n ?? 0;
  }

  return {
    status: 'results',
    page,
    total,
    totalPages: Math.min(MAX_SEARCH_PAGE, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE))),
    hits: rows.map((r) => ({
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
    })),
  };
}
