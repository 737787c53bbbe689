import { getDb } from '@/db';
import { schema } from '@/db';
import { eq } from 'drizzle-orm';

export { getDb, schema };

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

export async function sectionId(slug = 'world'): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ id: schema.sections.id }).from(schema.sections).where(eq(schema.sections.slug, slug));
  return row!.id;
}

export async function createUser(overrides: Partial<typeof schema.users.$inferInsert> = {}) {
  const db = await getDb();
  const tag = unique('user');
  const [user] = await db
    .insert(schema.users)
    .values({ email: `${tag}@example.com`, name: `Test ${tag}`, role: 'reader', ...overrides })
    .returning();
  return user!;
}

export async function createArticle(overrides: Partial<typeof schema.articles.$inferInsert> = {}) {
  const db = await getDb();
  const slug = unique('story')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');
  const [article] = await db
    .insert(schema.articles)
    .values({
      slug,
      title: `Story ${slug}`,
      standfirst: 'A test story.',
      body: 'Body text.',
      sectionId: await sectionId(),
      status: 'published',
      publishedAt: new Date(),
      ...overrides,
    })
    .returning();
  return article!;
}

export async function createComment(
  values: Pick<typeof schema.comments.$inferInsert, 'articleId' | 'userId' | 'body'> & Partial<typeof schema.comments.$inferInsert>,
) {
  const db = await getDb();
  const [comment] = await db
    .insert(schema.comments)
    .values({ status: 'published', ...values })
    .returning();
  return comment!;
}

/** A user as the data layer sees the signed-in user (lib/dal/session.ts), read from the database. */
export async function currentUserFor(userId: string) {
  const db = await getDb();
  const [row] = await db.select().from(schema.users).where(eq(schema.users.id, userId)).limit(1);
  if (!row) throw new Error(`No user ${userId}`);
  return { id: row.id, name: row.name, email: row.email, role: row.role, banned: row.bannedAt !== null, approvedComments: row.approvedComments };
}
