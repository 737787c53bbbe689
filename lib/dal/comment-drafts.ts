import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { getDb } from '@/db';
import { commentDrafts } from '@/db/schema';

export type Draft = { articleId: number; parentId: number | null; body: string };

export async function saveDraft(draft: Draft): Promise<string> {
  const db = await getDb();
  const token = randomUUID();
  await db.insert(commentDrafts).values({ token, articleId: draft.articleId, parentId: draft.parentId, body: draft.body.slice(0, 20_000) });
  await db.delete(commentDrafts).where(lt(commentDrafts.createdAt, new Date(Date.now() - 86_400_000)));
  return token;
}

export async function readDraft(token: string | undefined, articleId: number): Promise<Draft | null> {
  if (!token || !/^[0-9a-f-]{36}$/.test(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(commentDrafts)
    .where(and(eq(commentDrafts.token, token), eq(commentDrafts.articleId, articleId)))
    .limit(1);
  return row ? { articleId: row.articleId, parentId: row.parentId, body: row.body } : null;
}

export async function discardDraft(token: string | undefined): Promise<void> {
  if (!token || !/^[0-9a-f-]{36}$/.test(token)) return;
  const db = await getDb();
  await db.delete(commentDrafts).where(eq(commentDrafts.token, token));
}
