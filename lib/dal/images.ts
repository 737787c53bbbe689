import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articleImages, articles, images } from '@/db/schema';
import { authorize, canUseNewsroom, type Actor } from '@/lib/auth/permissions';
import { fail, FORBIDDEN, ok, type Result } from './result';

export type StoredImage = { contentType: string; data: Buffer; sha256: string };

/** Who may see an image: everyone (a published story shows it), or only the newsroom. */
export type ImageAudience = 'public' | 'staff';

type ImageMeta = { contentType: string; sha256: string; audience: ImageAudience };

/**
 * An image as the viewer may see it: anyone, when a published story shows it (as its hero or in its
 * text); otherwise staff only. Everyone else gets null, as if it did not exist. The session is read
 * only for images that are not public.
 */
export async function viewableImage(id: string, viewer: () => Promise<Actor | null>): Promise<ImageMeta | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const db = await getDb();
  const published = sql<boolean>`exists (
    select 1 from ${articleImages} ai join ${articles} a on a.id = ai.article_id
    where ai.image_id = ${id} and a.status = 'published')`;
  const [row] = await db.select({ contentType: images.contentType, sha256: images.sha256, published }).from(images).where(eq(images.id, id)).limit(1);
  if (!row) return null;
  if (row.published) return { contentType: row.contentType, sha256: row.sha256, audience: 'public' };
  return canUseNewsroom(await viewer()) ? { contentType: row.contentType, sha256: row.sha256, audience: 'staff' } : null;
}

/** The bytes of an image the caller has already found viewable. */
export async function imageBytes(id: string): Promise<Buffer | null> {
  const db = await getDb();
  const [row] = await db.select({ data: images.data }).from(images).where(eq(images.id, id)).limit(1);
  return row?.data ?? null;
}

/** Stores an image a member of staff uploaded (deduplicated by content). The caller has already checked type and size. */
export async function storeUploadedImage(actor: Actor | null, data: Buffer, contentType: string): Promise<Result<{ id: string }, 'forbidden' | 'not-stored'>> {
  const uploader = authorize(actor, 'writer');
  if (!uploader) return FORBIDDEN;
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(data).digest('hex');
  const db = await getDb();
  const [inserted] = await db
    .insert(images)
    .values({ contentType, byteSize: data.length, sha256, data, uploadedBy: uploader.id })
    .onConflictDoNothing({ target: images.sha256 })
    .returning({ id: images.id });
  if (inserted) return ok({ id: inserted.id });
  const [existing] = await db.select({ id: images.id }).from(images).where(eq(images.sha256, sha256)).limit(1);
  return existing ? ok({ id: existing.id }) : fail('not-stored', 'The image could not be stored. Try again.');
}
