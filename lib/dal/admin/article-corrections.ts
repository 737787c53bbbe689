import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { articleCorrections, articles, users } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { audit } from './audit';
import { fail, FORBIDDEN, NOT_FOUND, ok, type AdminCode, type Result } from '../result';

/** Corrections: dated notes an editor appends to a published story. They count as an update and are never removed. */

export type CorrectionRow = { id: number; text: string; createdAt: string; editorName: string | null };

export async function listCorrections(actor: Actor | null, articleId: number): Promise<Result<CorrectionRow[]>> {
  if (!authorize(actor, 'writer')) return FORBIDDEN;
  const db = await getDb();
  const rows = await db
    .select({ id: articleCorrections.id, text: articleCorrections.body, createdAt: articleCorrections.createdAt, editorName: users.name })
    .from(articleCorrections)
    .leftJoin(users, eq(articleCorrections.editorId, users.id))
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id));
  return ok(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })));
}

/** Appends a correction to a published story; the story's "Updated" time becomes the correction's. */
export async function addCorrection(actor: Actor | null, articleId: number, text: string): Promise<Result<{ id: number; slug: string }, AdminCode>> {
  const editor = authorize(actor, 'editor');
  if (!editor) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result<{ id: number; slug: string }, AdminCode>> => {
    const [article] = await tx
      .select({ id: articles.id, slug: articles.slug, status: articles.status, title: articles.title })
      .from(articles)
      .where(eq(articles.id, articleId))
      .for('update');
    if (!article) return NOT_FOUND;
    if (article.status !== 'published') return fail('invalid', 'Corrections are added to published stories. Edit a story that is not live yet instead.');
    const now = new Date();
    const [row] = await tx
      .insert(articleCorrections)
      .values({ articleId, body: text, editorId: editor.id, createdAt: now })
      .returning({ id: articleCorrections.id });
    await tx.update(articles).set({ revisedAt: now, updatedAt: now }).where(eq(articles.id, articleId));
    await audit(tx, editor.id, 'article.correct', { type: 'article', id: articleId }, { title: article.title, correction: text });
    return ok({ id: row!.id, slug: article.slug });
  });
}
