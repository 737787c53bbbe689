import { describe, expect, it } from 'vitest';
import { count, eq, isNotNull } from 'drizzle-orm';
import { getDb, schema } from '../support/db';
import { seedDemoContent, seedArticles, seedComments, DEMO_PASSWORDS } from '@/db/seed';
import { sections, staff, readers } from '@/db/seed-data/people';

async function counts() {
  const db = await getDb();
  const [[a], [c], [u], [t], [s]] = await Promise.all([
    db.select({ n: count() }).from(schema.articles),
    db.select({ n: count() }).from(schema.comments),
    db.select({ n: count() }).from(schema.users),
    db.select({ n: count() }).from(schema.tags),
    db.select({ n: count() }).from(schema.sections),
  ]);
  return { articles: a!.n, comments: c!.n, users: u!.n, tags: t!.n, sections: s!.n };
}

describe('demo content', () => {
  it('meets the newsroom’s minimums', async () => {
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(sections.some((s) => s.slug === 'finance')).toBe(true);
    expect(seedArticles.length).toBeGreaterThanOrEqual(30);
    expect(new Set(seedArticles.map((a) => a.author)).size).toBeGreaterThanOrEqual(4);
    expect(readers.length).toBeGreaterThanOrEqual(5);
    expect(seedComments.length).toBeGreaterThanOrEqual(60);
    expect(seedComments.some((c) => c.replyTo)).toBe(true);
    expect(seedComments.some((c) => c.status === 'pending')).toBe(true);
    expect(seedComments.some((c) => c.status === 'hidden')).toBe(true);
    for (const article of seedArticles) {
      expect(article.hero.alt.length, article.slug).toBeGreaterThan(10);
      expect(article.body.split(/\n\s*\n/).length, article.slug).toBeGreaterThanOrEqual(5);
      expect(article.body, article.slug).toMatch(/^## /m);
      expect(
        sections.some((s) => s.slug === article.section),
        article.slug,
      ).toBe(true);
      expect(
        staff.some((s) => s.key === article.author),
        article.slug,
      ).toBe(true);
    }
  });

  it('is idempotent: a second and third run add nothing', async () => {
    const before = await counts();
    expect(before.articles).toBeGreaterThanOrEqual(30);
    const db = await getDb();
    const again = await seedDemoContent(db, { demoAccounts: true });
    expect(again).toEqual({ articles: 0, comments: 0, users: 0 });
    await seedDemoContent(db, { demoAccounts: false });
    expect(await counts()).toEqual(before);
  });

  it('gives the demo accounts argon2id password hashes, and no one else', async () => {
    const db = await getDb();
    const withPasswords = await db
      .select({ email: schema.users.email, hash: schema.users.passwordHash })
      .from(schema.users)
      .where(isNotNull(schema.users.passwordHash));
    const demo = withPasswords.filter((u) => u.email in DEMO_PASSWORDS);
    expect(demo).toHaveLength(4);
    for (const u of demo) expect(u.hash).toMatch(/^\$argon2id\$/);
    const [admin] = await db.select({ role: schema.users.role }).from(schema.users).where(eq(schema.users.email, 'admin@newshub.test'));
    expect(admin?.role).toBe('admin');
  });
});
