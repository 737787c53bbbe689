import 'server-only';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { articleRevisions, articles, articleTags, images, sections, slugRedirects, tags, users } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain';
import { authorize, canEditArticle, canPublish, type Actor } from '@/lib/auth/permissions';
import { slugFromText } from '@/lib/slug-from-text';
import type { ArticleFormInput } from '@/lib/validation/article';
import { isUniqueViolation } from '../db-errors';
import { fail, FORBIDDEN, NOT_FOUND, ok, type AdminCode, type Result } from '../result';

/** One story as the editor opens it, and saving it: versions, addresses, tags and a revision per save. */

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export type EditableArticle = {
  id: number;
  version: number;
  status: ArticleStatus;
  slug: string;
  title: string;
  standfirst: string;
  kind: string;
  body: string;
  sectionId: number;
  authorId: string | null;
  tags: string[];
  heroImageId: string | null;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  featured: boolean;
  commentsOpen: boolean;
  /** Set when a live blog has been ended. */
  liveEndedAt: string | null;
  publishedAt: string | null;
  canEdit: boolean;
};

export async function getArticleForNewsroom(actor: Actor | null, id: number): Promise<Result<EditableArticle, AdminCode>> {
  const staff = authorize(actor, 'writer');
  if (!staff) return FORBIDDEN;
  const db = await getDb();
  const [row] = await db.select().from(articles).where(eq(articles.id, id)).limit(1);
  if (!row) return NOT_FOUND;
  const tagRows = await db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name));
  return ok({
    id: row.id,
    version: row.version,
    status: row.status,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    kind: row.kind,
    body: row.body,
    sectionId: row.sectionId,
    authorId: row.authorId,
    tags: tagRows.map((t) => t.name),
    heroImageId: row.heroImageId,
    heroAlt: row.heroAlt,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    featured: row.featured,
    commentsOpen: row.commentsOpen,
    liveEndedAt: row.liveEndedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    canEdit: canEditArticle(staff, row),
  });
}

export type SavedArticle = { id: number; slug: string; version: number; previousSlug: string | null; status: ArticleStatus };
export type SaveCode = AdminCode | 'slug-taken';

const SLUG_CONSTRAINTS = ['articles_slug_key', 'slug_redirects_pkey'];
const SLUG_TAKEN = fail('slug-taken', 'Another story already uses this address. Choose a different slug.');

async function uniqueSlugFrom(tx: Tx, base: string, exceptId?: number): Promise<string> {
  const root = base || 'story';
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root.slice(0, 110)}-${n}`;
    const [taken] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(exceptId ? and(eq(articles.slug, candidate), ne(articles.id, exceptId)) : eq(articles.slug, candidate))
      .limit(1);
    const [redirected] = await tx.select({ articleId: slugRedirects.articleId }).from(slugRedirects).where(eq(slugRedirects.oldSlug, candidate)).limit(1);
    if (!taken && (!redirected || redirected.articleId === exceptId)) return candidate;
  }
  throw new Error('No free slug');
}

async function setTags(tx: Tx, articleId: number, names: string[]) {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  const values = names.map((name) => ({ name, slug: slugFromText(name, 60, 'tag') })).filter((t) => t.slug);
  if (values.length === 0) return;
  await tx.insert(tags).values(values).onConflictDoNothing({ target: tags.slug });
  const rows = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(
      inArray(
        tags.slug,
        values.map((v) => v.slug),
      ),
    );
  await tx
    .insert(articleTags)
    .values(rows.map((r) => ({ articleId, tagId: r.id })))
    .onConflictDoNothing();
}

/**
 * Creates or updates an article and records a revision. An update names the version it was based on;
 * if someone saved in between, nothing is written and the caller gets a conflict.
 */
export async function saveArticle(actor: Actor | null, input: ArticleFormInput): Promise<Result<SavedArticle, SaveCode>> {
  const staff = authorize(actor, 'writer');
  if (!staff) return FORBIDDEN;
  // Two saves can pick the same free address at once; the unique index lets one win. A new story then
  // takes the next free address, as it would have a moment later; a rename is told the address is taken.
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveArticleOnce(staff, input);
    } catch (error) {
      if (!isUniqueViolation(error, SLUG_CONSTRAINTS)) throw error;
      if (input.id || attempt >= 5) return SLUG_TAKEN;
    }
  }
}

async function saveArticleOnce(staff: Actor, input: ArticleFormInput): Promise<Result<SavedArticle, SaveCode>> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result<SavedArticle, SaveCode>> => {
    const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId)).limit(1);
    if (!section) return fail('invalid', 'Choose a section.');
    // Writers always write as themselves; editors may credit another staff member.
    let authorId = staff.id;
    if (canPublish(staff) && input.authorId) {
      const [author] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, input.authorId)).limit(1);
      if (!author || author.role === 'reader') return fail('invalid', 'Choose a member of staff as the author.');
      authorId = author.id;
    }
    if (input.heroImageId) {
      const [image] = await tx.select({ id: images.id }).from(images).where(eq(images.id, input.heroImageId)).limit(1);
      if (!image) return fail('invalid', 'The hero image is missing. Upload it again.');
    }
    const now = new Date();
    const fields = {
      title: input.title,
      standfirst: input.standfirst,
      body: input.body,
      kind: input.kind,
      sectionId: input.sectionId,
      heroImageId: input.heroImageId ?? null,
      heroAlt: input.heroAlt,
      heroCaption: input.heroCaption,
      heroCredit: input.heroCredit,
      featured: canPublish(staff) ? input.featured : false,
      commentsOpen: input.commentsOpen,
      updatedAt: now,
    };

    if (!input.id) {
      const slug = await uniqueSlugFrom(tx, input.slug || slugFromText(input.title, 80, 'story'));
      const [row] = await tx
        .insert(articles)
        .values({ ...fields, slug, authorId, status: 'draft', version: 1, createdAt: now })
        .returning();
      await setTags(tx, row!.id, input.tags);
      await tx.insert(articleRevisions).values({
        articleId: row!.id,
        version: 1,
        title: row!.title,
        standfirst: row!.standfirst,
        body: row!.body,
        slug,
        status: 'draft',
        editorId: staff.id,
        note: 'Created',
      });
      return ok({ id: row!.id, slug, version: 1, previousSlug: null, status: 'draft' as const });
    }

    const [current] = await tx.select().from(articles).where(eq(articles.id, input.id)).for('update');
    if (!current) return NOT_FOUND;
    if (!canEditArticle(staff, current)) return FORBIDDEN;
    if (input.version !== current.version)
      return fail(
        'conflict',
        `Someone else saved this story while you were editing (now version ${current.version}, you started from version ${input.version ?? '?'}). Your text is still here: copy what you need, then reload to see their changes.`,
      );
    let slug = current.slug;
    if (input.slug && input.slug !== current.slug) {
      const [taken] = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.slug, input.slug), ne(articles.id, current.id)))
        .limit(1);
      const [redirect] = await tx.select({ articleId: slugRedirects.articleId }).from(slugRedirects).where(eq(slugRedirects.oldSlug, input.slug)).limit(1);
      if (taken || (redirect && redirect.articleId !== current.id)) return SLUG_TAKEN;
      slug = input.slug;
      if (redirect) await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, slug));
      // Readers who kept the old address are sent to the new one.
      if (current.publishedAt)
        await tx
          .insert(slugRedirects)
          .values({ oldSlug: current.slug, articleId: current.id })
          .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { articleId: current.id } });
    }
    const version = current.version + 1;
    const textChanged = current.title !== input.title || current.standfirst !== input.standfirst || current.body !== input.body;
    const [row] = await tx
      .update(articles)
      .set({
        ...fields,
        slug,
        authorId: canPublish(staff) ? authorId : current.authorId,
        version,
        revisedAt: current.status === 'published' && textChanged ? now : current.revisedAt,
      })
      .where(and(eq(articles.id, current.id), eq(articles.version, current.version)))
      .returning();
    await setTags(tx, current.id, input.tags);
    await tx.insert(articleRevisions).values({
      articleId: current.id,
      version,
      title: row!.title,
      standfirst: row!.standfirst,
      body: row!.body,
      slug,
      status: row!.status,
      editorId: staff.id,
    });
    return ok({ id: current.id, slug, version, previousSlug: slug !== current.slug ? current.slug : null, status: row!.status });
  });
}
