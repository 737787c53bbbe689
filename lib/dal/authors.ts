import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { articles, users } from '@/db/schema';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { isPublished } from './mappers';
import { PAGE_SIZE } from './articles';
import { listPaged } from './listing';
import type { ArticleCard, Author, Page } from './types';

const STAFF = ['writer', 'editor', 'admin'] as const;

export async function getAuthorPage(slug: string, page: number): Promise<{ author: Author; articles: Page<ArticleCard> } | null> {
  'use cache';
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.articles, cacheTags.authors);
  const db = await getDb();
  const [author] = await db
    .select({ id: users.id, name: users.name, slug: users.slug, bio: users.bio, role: users.role })
    .from(users)
    .where(and(eq(users.slug, slug), inArray(users.role, [...STAFF])))
    .limit(1);
  if (!author || !author.slug) return null;
  return {
    author: { ...author, slug: author.slug },
    articles: await listPaged(and(isPublished, eq(articles.authorId, author.id)), page, PAGE_SIZE),
  };
}
