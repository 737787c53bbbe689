import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { articles, sections, users } from '@/db/schema';
import type { ArticleCard } from './types';

/** Columns of an article card; used by every listing query. */
export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  standfirst: articles.standfirst,
  kind: articles.kind,
  liveEndedAt: articles.liveEndedAt,
  publishedAt: articles.publishedAt,
  revisedAt: articles.revisedAt,
  featured: articles.featured,
  heroImageId: articles.heroImageId,
  heroAlt: articles.heroAlt,
  heroCaption: articles.heroCaption,
  heroCredit: articles.heroCredit,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  authorName: users.name,
  authorSlug: users.slug,
};

export type CardRow = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  kind: string;
  liveEndedAt: Date | null;
  publishedAt: Date | null;
  revisedAt: Date | null;
  featured: boolean;
  heroImageId: string | null;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  sectionSlug: string;
  sectionName: string;
  authorName: string | null;
  authorSlug: string | null;
};

export const cardJoins = {
  section: eq(articles.sectionId, sections.id),
  author: eq(articles.authorId, users.id),
};

export const isPublished = eq(articles.status, 'published');

export const newestFirst = [sql`${articles.publishedAt} desc`, sql`${articles.id} desc`];

export function mediaUrl(imageId: string): string {
  return `/media/${imageId}`;
}

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    kind: row.kind,
    live: row.kind === 'Live' ? (row.liveEndedAt ? 'ended' : 'running') : null,
    section: { slug: row.sectionSlug, name: row.sectionName },
    author: row.authorName ? { name: row.authorName, slug: row.authorSlug } : null,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    revisedAt: row.revisedAt ? row.revisedAt.toISOString() : null,
    featured: row.featured,
    hero: row.heroImageId ? { src: mediaUrl(row.heroImageId), alt: row.heroAlt, caption: row.heroCaption, credit: row.heroCredit } : null,
  };
}
