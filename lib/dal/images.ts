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
