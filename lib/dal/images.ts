import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { images } from '@/db/schema';

export type StoredImage = { contentType: string; data: Buffer; sha256: string };

export async function getImage(id: string): Promise<StoredImage | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ contentType: images.contentType, data: images.data, sha256: images.sha256 })
    .from(images)
    .where(eq(images.id, id))
    .limit(1);
  return row ?? null;
}

export type UploadResult = { ok: true; id: string } | { ok: false; status: number; message: string };

/** Stores an uploaded image (deduplicated by content). The caller has already checked type and size. */
export async function storeUploadedImage(uploaderId: string, data: Buffer, contentType: string): Promise<UploadResult> {
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(data).digest('hex');
  const db = await getDb();
  const [inserted] = await db
    .insert(images)
    .values({ contentType, byteSize: data.length, sha256, data, uploadedBy: uploaderId })
    .onConflictDoNothing({ target: images.sha256 })
    .returning({ id: images.id });
  if (inserted) return { ok: true, id: inserted.id };
  const [existing] = await db.select({ id: images.id }).from(images).where(eq(images.sha256, sha256)).limit(1);
  return existing ? { ok: true, id: existing.id } : { ok: false, status: 500, message: 'The image could not be stored.' };
}
