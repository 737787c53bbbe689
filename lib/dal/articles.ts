import 'server-only';
import { and, desc, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { articleCorrections, articles, articleTags, sections, slugRedirects, tags, users } from '@/db/schema';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { cardColumns, cardJoins, isPublished, newestFirst, toCard } from './mappers';
import { listCards, listPaged } from './listing';
import type { Article, ArticleCard, Page, Section, TagLink } from './types';
import { readModerationSettings } from './moderation-settings';
import { commentWindow } from '@/lib/comments/window';

export const PAGE_SIZE = 12;
/** Stories in each section's row on the front page. */
const SECTION_ROW_SIZE = 3;

export type FrontPage = {
  lead: ArticleCard | null;
  top: ArticleCard[];
  latest: ArticleCard[];
  sections: { section: Section; articles: ArticleCard[] }[];
};

export async function getFrontPage(): Promise<FrontPage> {
  'use cache';
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.articles, cacheTags.sections);
  const db = await getDb();
  const [featured, latest, sectionRows] = await Promise.all([
    listCards(and(isPublished, eq(articles.featured, true)), 5),
    listCards(and(isPublished), 24),
    db
      .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
      .from(sections)
      .orderBy(sections.position, sections.name),
  ]);
  const lead = featured[0] ?? latest[0] ?? null;
  const used = new Set<number>(lead ? [lead.id] : []);
  const take = (from: ArticleCard[], n: number) => {
    const picked: ArticleCard[] = [];
    for (const a of from) {
      if (picked.length === n) break;
      if (used.has(a.id)) continue;
      used.add(a.id);
      picked.push(a);
    }
    return picked;
  };
  const top = take([...featured.slice(1), ...latest], 4);
  const rest = take(latest, 8);
  // Section rows prefer stories not already shown above, so the front page does not repeat itself.
  const perSection = await Promise.all(
    sectionRows.map(async (s) => {
      // Enough to fill the row even if every story already shown above is from this section.
      const recent = await listCards(and(isPublished, eq(articles.sectionId, s.id)), SECTION_ROW_SIZE + used.size);
      const fresh = recent.filter((a) => !used.has(a.id));
      return {
        section: { slug: s.slug, name: s.name, description: s.description },
        articles: (fresh.length > 0 ? fresh : recent).slice(0, SECTION_ROW_SIZE),
      };
    }),
  );
  return { lead, top, latest: rest, sections: perSection.filter((s) => s.articles.length > 0) };
}

export async function listSections(): Promise<Section[]> {
  'use cache';
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.sections);
  const db = await getDb();
  return db.select({ slug: sections.slug, name: sections.name, description: sections.description }).from(sections).orderBy(sections.position, sections.name);
}

export async function getSectionPage(slug: string, page: number): Promise<{ section: Section; articles: Page<ArticleCard> } | null> {
  'use cache';
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.articles, cacheTags.sections);
  const db = await getDb();
  const [section] = await db.select().from(sections).where(eq(sections.slug, slug)).limit(1);
  if (!section) return null;
  return {
    section: { slug: section.slug, name: section.name, description: section.description },
    articles: await listPaged(and(isPublished, eq(articles.sectionId, section.id)), page, PAGE_SIZE),
  };
}

export async function getTagPage(slug: string, page: number): Promise<{ tag: TagLink; articles: Page<ArticleCard> } | null> {
  'use cache';
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.articles, cacheTags.tags);
  const db = await getDb();
  const [tag] = await db.select().from(tags).where(eq(tags.slug, slug)).limit(1);
  if (!tag) return null;
  const tagged = inArray(articles.id, db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tag.id)));
  return { tag: { slug: tag.slug, name: tag.name }, articles: await listPaged(and(isPublished, tagged), page, PAGE_SIZE) };
}

export type ArticleLookup = { kind: 'article'; article: Article; related: ArticleCard[] } | { kind: 'redirect'; slug: string } | { kind: 'missing' };

/** A published article by slug, or the current slug when this one was renamed. Drafts are missing. */
export async function getPublishedArticle(slug: string): Promise<ArticleLookup> {
  'use cache';
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.articleSlug(slug), cacheTags.articles);
  const db = await getDb();
  const [row] = await db
    .select({ ...cardColumns, body: articles.body, commentsOpen: articles.commentsOpen, authorBio: users.bio, sectionId: articles.sectionId })
    .from(articles)
    .innerJoin(sections, cardJoins.section)
    .leftJoin(users, cardJoins.author)
    .where(and(eq(articles.slug, slug), isPublished))
    .limit(1);
  if (!row) {
    const [redirect] = await db
      .select({ slug: articles.slug })
      .from(slugRedirects)
      .innerJoin(articles, eq(slugRedirects.articleId, articles.id))
      .where(and(eq(slugRedirects.oldSlug, slug), isPublished))
      .limit(1);
    return redirect ? { kind: 'redirect', slug: redirect.slug } : { kind: 'missing' };
  }
  cacheTag(cacheTags.article(row.id));
  const tagRows = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(tags.name);
  const [related, corrections, settings] = await Promise.all([
    relatedArticles(
      row.id,
      row.sectionId,
      tagRows.map((t) => t.id),
    ),
    db
      .select({ id: articleCorrections.id, text: articleCorrections.body, createdAt: articleCorrections.createdAt })
      .from(articleCorrections)
      .where(eq(articleCorrections.articleId, row.id))
      .orderBy(articleCorrections.createdAt, articleCorrections.id),
    readModerationSettings(db),
  ]);
  const window = commentWindow({ commentsOpen: row.commentsOpen, publishedAt: row.publishedAt }, settings.closeAfterDays, Date.now());
  return {
    kind: 'article',
    article: {
      ...toCard(row),
      body: row.body,
      commentsOpen: window.open,
      commentsCloseAt: window.closesAt?.toISOString() ?? null,
      liveEndedAt: row.liveEndedAt?.toISOString() ?? null,
      authorBio: row.authorBio,
      tags: tagRows.map(({ slug: s, name }) => ({ slug: s, name })),
      corrections: corrections.map((c) => ({ id: c.id, text: c.text, createdAt: c.createdAt.toISOString() })),
    },
    related,
  };
}

/**
 * Articles sharing the most tags first (then the same section, then the newest), filled up with the newest
 * from the same section (a story without tags: the section only). Both reads start from an index: the
 * tags' own stories, and the section's newest, so an archive of any size costs the same.
 */
async function relatedArticles(articleId: number, sectionId: number, tagIds: number[], limit = 4): Promise<ArticleCard[]> {
  const db = await getDb();
  const shared = sql<number>`count(*)::int`;
  const byTags = tagIds.length
    ? await db
        .select({ id: articleTags.articleId })
        .from(articleTags)
        .innerJoin(articles, eq(articles.id, articleTags.articleId))
        .where(and(inArray(articleTags.tagId, tagIds), ne(articleTags.articleId, articleId), isPublished))
        .groupBy(articleTags.articleId, articles.sectionId, articles.publishedAt, articles.id)
        .orderBy(desc(shared), desc(sql`${articles.sectionId} = ${sectionId}`), ...newestFirst)
        .limit(limit)
    : [];
  const chosen = byTags.map((row) => row.id);
  const fromTags = chosen.length ? await listCards(inArray(articles.id, chosen), chosen.length) : [];
  const order = new Map(chosen.map((id, i) => [id, i]));
  fromTags.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  if (fromTags.length >= limit) return fromTags;
  const fill = await listCards(and(isPublished, eq(articles.sectionId, sectionId), notInArray(articles.id, [articleId, ...chosen])), limit - fromTags.length);
  return [...fromTags, ...fill];
}
