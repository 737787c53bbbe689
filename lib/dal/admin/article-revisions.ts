import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { articleRevisions, users } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain';
import { authorize, type Actor } from '@/lib/auth/permissions';
import type { ArticleFormInput } from '@/lib/validation/article';
import { getArticleForNewsroom, saveArticle, type SavedArticle, type SaveCode } from './article-editor';
import { FORBIDDEN, NOT_FOUND, ok, type Result } from '../result';

/** Every save of a story is a revision: listed, compared, restored as a new version. */

export type RevisionRow = {
  id: number;
  version: number;
  title: string;
  editorName: string | null;
  createdAt: string;
  note: string | null;
  status: ArticleStatus;
};

export async function listRevisions(actor: Actor | null, articleId: number): Promise<Result<RevisionRow[]>> {
  if (!authorize(actor, 'writer')) return FORBIDDEN;
  const db = await getDb();
  const rows = await db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      title: articleRevisions.title,
      editorName: users.name,
      createdAt: articleRevisions.createdAt,
      note: articleRevisions.note,
      status: articleRevisions.status,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(articleRevisions.editorId, users.id))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version));
  return ok(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })));
}

export type RevisionContent = { id: number; version: number; title: string; standfirst: string; body: string; slug: string };

export async function getRevisions(actor: Actor | null, articleId: number, ids: number[]): Promise<Result<RevisionContent[]>> {
  if (!authorize(actor, 'writer')) return FORBIDDEN;
  const db = await getDb();
  const rows = await db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      title: articleRevisions.title,
      standfirst: articleRevisions.standfirst,
      body: articleRevisions.body,
      slug: articleRevisions.slug,
    })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.id, ids)));
  return ok(rows);
}

/** Restoring copies an old revision's text into a new version (history is never rewritten). */
export async function restoreRevision(
  actor: Actor | null,
  articleId: number,
  revisionId: number,
  basedOnVersion: number,
): Promise<Result<SavedArticle, SaveCode>> {
  if (!authorize(actor, 'writer')) return FORBIDDEN;
  const db = await getDb();
  const [revision] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .limit(1);
  if (!revision) return NOT_FOUND;
  const found = await getArticleForNewsroom(actor, articleId);
  if (!found.ok) return found;
  const current = found.value;
  return saveArticle(actor, {
    id: articleId,
    version: basedOnVersion,
    title: revision.title,
    standfirst: revision.standfirst,
    body: revision.body,
    slug: current.slug,
    kind: current.kind as ArticleFormInput['kind'],
    sectionId: current.sectionId,
    authorId: current.authorId ?? undefined,
    tags: current.tags,
    heroImageId: current.heroImageId ?? undefined,
    heroAlt: current.heroAlt,
    heroCaption: current.heroCaption,
    heroCredit: current.heroCredit,
    featured: current.featured,
    commentsOpen: current.commentsOpen,
  });
}
