/**
 * Demo content: idempotent. Anything already present (by slug or email) is left as it is, so edits
 * made through the newsroom survive a re-run. Demo passwords are set only when asked for.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema';
import { heroSvg } from './hero-art';
import { seedDemoViews, type ReadStory } from './seed-views';
import { seedDemoSubscribers } from './seed-subscribers';
import { sections as seedSections, staff, readers } from './seed-data/people';
import { bundle as worldPolitics } from './seed-data/batch-world-politics';
import { bundle as financeBusiness } from './seed-data/batch-finance-business';
import { bundle as techScienceCulture } from './seed-data/batch-tech-science-culture';
import { unpublished } from './seed-data/unpublished';
import { liveBlog } from './seed-data/live-blog';
import type { SeedArticle, SeedComment } from './seed-data/types';
import { slugify } from '../lib/slug';
import { hashPassword } from '../lib/passwords';
import { env } from '../lib/env';

type Db = NodePgDatabase<typeof schema>;

/** Passwords of the demo accounts, documented in the README. */
export const DEMO_PASSWORDS: Record<string, string> = {
  'admin@newshub.test': 'newsroom-admin-2026',
  'editor@newshub.test': 'newsroom-editor-2026',
  'writer@newshub.test': 'newsroom-writer-2026',
  'reader@newshub.test': 'reader-demo-2026',
};

export const seedArticles: SeedArticle[] = [...worldPolitics.articles, ...financeBusiness.articles, ...techScienceCulture.articles, liveBlog];
export const seedComments: SeedComment[] = [...worldPolitics.comments, ...financeBusiness.comments, ...techScienceCulture.comments];

const SEED_LOCK = 7_411_002;
const HOUR = 3_600_000;

export type SeedReport = { articles: number; comments: number; users: number };

function publicationTime(article: SeedArticle, now: Date, index: number): Date {
  const day = new Date(now.getTime() - article.daysAgo * 24 * HOUR);
  day.setUTCHours(article.hour, (index * 7) % 60, 0, 0);
  // Today's stories cannot be dated in the future: keep them in the past, newest first.
  const latest = now.getTime() - (10 + index) * 60_000;
  return new Date(Math.min(day.getTime(), latest));
}

async function storeHero(tx: Db, svg: string): Promise<string> {
  const data = Buffer.from(svg, 'utf8');
  const sha256 = createHash('sha256').update(data).digest('hex');
  const [inserted] = await tx
    .insert(schema.images)
    .values({ contentType: 'image/svg+xml', byteSize: data.length, width: 1600, height: 900, sha256, data })
    .onConflictDoNothing({ target: schema.images.sha256 })
    .returning({ id: schema.images.id });
  if (inserted) return inserted.id;
  const [existing] = await tx.select({ id: schema.images.id }).from(schema.images).where(eq(schema.images.sha256, sha256));
  return existing!.id;
}

async function ensureTags(tx: Db, names: string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const values = names.map((name) => ({ name, slug: slugify(name) }));
  await tx.insert(schema.tags).values(values).onConflictDoNothing({ target: schema.tags.slug });
  const rows = await tx
    .select({ id: schema.tags.id })
    .from(schema.tags)
    .where(
      inArray(
        schema.tags.slug,
        values.map((v) => v.slug),
      ),
    );
  return rows.map((r) => r.id);
}

export async function seedDemoContent(db: Db, options: { demoAccounts: boolean; now?: Date }): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const wanted = [...seedArticles.map((a) => a.slug), ...unpublished.map((a) => a.slug)];
  const present = await db.select({ slug: schema.articles.slug }).from(schema.articles).where(inArray(schema.articles.slug, wanted));
  if (present.length === wanted.length && !options.demoAccounts) return { articles: 0, comments: 0, users: 0 };

  // Hash outside the transaction: it is slow on purpose.
  const passwordHashes = new Map<string, string>();
  if (options.demoAccounts) {
    const existing = await db
      .select({ email: schema.users.email, hash: schema.users.passwordHash })
      .from(schema.users)
      .where(inArray(schema.users.email, Object.keys(DEMO_PASSWORDS)));
    const hashed = new Set(existing.filter((u) => u.hash).map((u) => u.email));
    for (const [email, password] of Object.entries(DEMO_PASSWORDS)) if (!hashed.has(email)) passwordHashes.set(email, await hashPassword(password));
  }

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const report: SeedReport = { articles: 0, comments: 0, users: 0 };

    // The demo publishes new readers' comments at once; a fresh production database holds first comments.
    await tx.insert(schema.moderationSettings).values({ id: 1, premoderation: 'off' }).onConflictDoNothing();
    await tx.insert(schema.sections).values(seedSections).onConflictDoNothing({ target: schema.sections.slug });
    const sectionRows = await tx.select({ id: schema.sections.id, slug: schema.sections.slug }).from(schema.sections);
    const sectionId = new Map(sectionRows.map((s) => [s.slug, s.id]));

    const people = [
      ...staff.map((s) => ({ key: s.key, email: s.email, name: s.name, role: s.role, bio: s.bio, slug: slugify(s.name) })),
      ...readers.map((r) => ({ key: r.key, email: r.email, name: r.name, role: 'reader' as const, bio: null, slug: null })),
    ];
    const insertedUsers = await tx
      .insert(schema.users)
      .values(people.map(({ key: _key, ...p }) => ({ ...p, passwordHash: passwordHashes.get(p.email) ?? null })))
      .onConflictDoNothing({ target: schema.users.email })
      .returning({ id: schema.users.id });
    report.users = insertedUsers.length;
    for (const [email, passwordHash] of passwordHashes)
      await tx
        .update(schema.users)
        .set({ passwordHash })
        .where(and(eq(schema.users.email, email), sql`${schema.users.passwordHash} is null`));
    const userRows = await tx
      .select({ id: schema.users.id, email: schema.users.email })
      .from(schema.users)
      .where(
        inArray(
          schema.users.email,
          people.map((p) => p.email),
        ),
      );
    const idByEmail = new Map(userRows.map((u) => [u.email, u.id]));
    const userId = new Map(people.map((p) => [p.key, idByEmail.get(p.email)!]));

    const existingSlugs = new Set(
      (await tx.select({ slug: schema.articles.slug }).from(schema.articles).where(inArray(schema.articles.slug, wanted))).map((r) => r.slug),
    );

    const articleIds = new Map<string, { id: number; publishedAt: Date }>();
    const readStories: ReadStory[] = [];
    const all = [
      ...seedArticles.map((a, i) => ({ article: a, status: 'published' as const, publishedAt: publicationTime(a, now, i) })),
      ...unpublished.map((a) => ({
        article: { ...a, daysAgo: 0, hour: 0 },
        status: a.status,
        publishedAt: a.status === 'scheduled' ? new Date(now.getTime() + (a.hoursFromNow ?? 24) * HOUR) : null,
      })),
    ];
    for (const { article, status, publishedAt } of all) {
      if (existingSlugs.has(article.slug)) continue;
      const heroImageId = await storeHero(tx, heroSvg({ slug: article.slug, section: article.section, motif: article.hero.motif }));
      const revisedAt = publishedAt && article.updatedHoursAfter ? new Date(publishedAt.getTime() + article.updatedHoursAfter * HOUR) : null;
      const [row] = await tx
        .insert(schema.articles)
        .values({
          slug: article.slug,
          title: article.title,
          standfirst: article.standfirst,
          body: article.body,
          kind: article.kind,
          heroImageId,
          heroAlt: article.hero.alt,
          heroCaption: article.hero.caption,
          heroCredit: article.hero.credit,
          sectionId: sectionId.get(article.section)!,
          authorId: userId.get(article.author)!,
          status,
          publishedAt,
          revisedAt: revisedAt && revisedAt < now ? revisedAt : null,
          createdAt: publishedAt && publishedAt < now ? publishedAt : now,
          updatedAt: revisedAt && revisedAt < now ? revisedAt : publishedAt && publishedAt < now ? publishedAt : now,
          featured: article.featured ?? false,
          commentsOpen: article.commentsOpen ?? true,
        })
        .returning({ id: schema.articles.id });
      const tagIds = await ensureTags(tx, article.tags);
      if (tagIds.length) await tx.insert(schema.articleTags).values(tagIds.map((tagId) => ({ articleId: row!.id, tagId })));
      await tx.insert(schema.articleRevisions).values({
        articleId: row!.id,
        version: 1,
        title: article.title,
        standfirst: article.standfirst,
        body: article.body,
        slug: article.slug,
        status,
        editorId: userId.get(article.author)!,
        note: 'Imported with the demo content',
      });
      report.articles++;
      if (publishedAt) articleIds.set(article.slug, { id: row!.id, publishedAt });
      if (publishedAt && status === 'published')
        readStories.push({ id: row!.id, slug: article.slug, sectionId: sectionId.get(article.section)!, publishedAt, featured: article.featured ?? false });
      if (publishedAt && article.liveEntries?.length) {
        // Squeezed into the time since the blog went live, keeping their order and spacing.
        const span = Math.max(...article.liveEntries.map((e) => e.minutesAfter)) * 60_000;
        const available = Math.max(0, now.getTime() - publishedAt.getTime() - 60_000);
        const scale = span > available ? available / span : 1;
        await tx.insert(schema.liveEntries).values(
          article.liveEntries.map((entry) => {
            const at = new Date(publishedAt.getTime() + entry.minutesAfter * 60_000 * scale);
            return {
              articleId: row!.id,
              authorId: userId.get(entry.author)!,
              title: entry.title ?? '',
              body: entry.body,
              pinned: entry.pinned ?? false,
              createdAt: at,
              updatedAt: at,
            };
          }),
        );
      }
    }

    // Comments only for articles inserted now, so a re-run never duplicates a thread.
    const commentIds = new Map<string, number>();
    // Threads on today's stories are squeezed into the time since publication, keeping their order.
    const commentTimeScale = (slug: string, publishedAt: Date) => {
      const span = Math.max(...seedComments.filter((c) => c.article === slug).map((c) => c.minutesAfter)) * 60_000;
      const available = now.getTime() - publishedAt.getTime() - 60_000;
      return span > available ? Math.max(0, available) / span : 1;
    };
    const pending = seedComments.filter((c) => articleIds.has(c.article));
    while (pending.length) {
      const index = pending.findIndex((c) => !c.replyTo || commentIds.has(c.replyTo));
      if (index === -1) throw new Error(`Seed comments reply to unknown keys: ${pending.map((c) => c.key).join(', ')}`);
      const comment = pending.splice(index, 1)[0]!;
      const article = articleIds.get(comment.article)!;
      const createdAt = new Date(article.publishedAt.getTime() + comment.minutesAfter * 60_000 * commentTimeScale(comment.article, article.publishedAt));
      const [row] = await tx
        .insert(schema.comments)
        .values({
          articleId: article.id,
          userId: userId.get(comment.user) ?? null,
          parentId: comment.replyTo ? commentIds.get(comment.replyTo)! : null,
          body: comment.body.trim(),
          status: comment.status ?? 'published',
          heldReason: comment.status === 'pending' ? 'Held for review: first comment from a new reader' : null,
          createdAt,
          recommendCount: comment.recommendedBy?.length ?? 0,
          featuredAt: comment.featured ? createdAt : null,
          featuredBy: comment.featured ? userId.get('editor')! : null,
        })
        .returning({ id: schema.comments.id });
      commentIds.set(comment.key, row!.id);
      if (comment.recommendedBy?.length)
        await tx
          .insert(schema.commentRecommendations)
          .values(comment.recommendedBy.map((key) => ({ commentId: row!.id, userId: userId.get(key)!, createdAt })));
      report.comments++;
    }
    if (report.comments > 0)
      await tx.execute(sql`
        update users u set approved_comments = c.n
        from (select user_id, count(*)::int as n from comments where status = 'published' group by user_id) c
        where c.user_id = u.id`);
    await seedDemoViews(tx, readStories, now, env.SITE_TIME_ZONE);
    await seedDemoSubscribers(
      tx,
      sectionRows.map((s) => s.slug),
      now,
    );
    return report;
  });
}
