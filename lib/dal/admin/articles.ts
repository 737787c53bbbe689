import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, lte, ne, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { articleRevisions, articles, articleTags, images, sections, slugRedirects, tags, users, type ArticleStatus } from '@/db/schema';
import { canEditArticle, canPublish, canTransition, canUseNewsroom, type Actor } from '@/lib/auth/permissions';
import { slugFromText } from '@/lib/slug-from-text';
import type { ArticleFormInput } from '@/lib/validation/article';
import { audit } from './audit';
import { FORBIDDEN, NOT_FOUND, type AdminFailure } from './failures';
import { isUniqueViolation } from '../db-errors';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export type AdminArticleRow = {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  sectionName: string;
  authorName: string | null;
  authorId: string | null;
  publishedAt: string | null;
  updatedAt: string;
  featured: boolean;
};

export type ArticleFilters = { status?: ArticleStatus; section?: string; author?: string; q?: string; page: number };

export const ADMIN_PAGE_SIZE = 25;

export async function listArticlesForNewsroom(
  actor: Actor | null,
  filters: ArticleFilters,
): Promise<{ rows: AdminArticleRow[]; total: number } | AdminFailure> {
  if (!canUseNewsroom(actor)) return FORBIDDEN;
  const db = await getDb();
  const where: SQL[] = [];
  if (filters.status) where.push(eq(articles.status, filters.status));
  if (filters.section) where.push(eq(sections.slug, filters.section));
  if (filters.author) where.push(eq(articles.authorId, filters.author));
  if (filters.q) where.push(ilike(articles.title, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const condition = where.length ? and(...where) : undefined;
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .where(condition);
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      sectionName: sections.name,
      authorName: users.name,
      authorId: articles.authorId,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      featured: articles.featured,
    })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(users, eq(articles.authorId, users.id))
    .where(condition)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((filters.page - 1) * ADMIN_PAGE_SIZE);
  return {
    total,
    rows: rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString() })),
  };
}

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
  publishedAt: string | null;
  canEdit: boolean;
};

export async function getArticleForNewsroom(actor: Actor | null, id: number): Promise<EditableArticle | AdminFailure> {
  if (!canUseNewsroom(actor)) return FORBIDDEN;
  const db = await getDb();
  const [row] = await db.select().from(articles).where(eq(articles.id, id)).limit(1);
  if (!row) return NOT_FOUND;
  const tagRows = await db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name));
  return {
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
    publishedAt: row.publishedAt?.toISOString() ?? null,
    canEdit: canEditArticle(actor, row),
  };
}

export type SaveResult =
  | { ok: true; id: number; slug: string; version: number; previousSlug: string | null; status: ArticleStatus }
  | AdminFailure
  | { ok: false; code: 'slug-taken'; message: string };

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
export async function saveArticle(actor: Actor | null, input: ArticleFormInput): Promise<SaveResult> {
  if (!canUseNewsroom(actor)) return FORBIDDEN;
  // Two saves can pick the same free address at once; the unique index lets one win. A new story then
  // takes the next free address, as it would have a moment later; a rename is told the address is taken.
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveArticleOnce(actor!, input);
    } catch (error) {
      if (!isUniqueViolation(error, SLUG_CONSTRAINTS)) throw error;
      if (input.id || attempt >= 5) return SLUG_TAKEN;
    }
  }
}

const SLUG_CONSTRAINTS = ['articles_slug_key', 'slug_redirects_pkey'];
const SLUG_TAKEN = { ok: false, code: 'slug-taken', message: 'Another story already uses this address. Choose a different slug.' } as const;

async function saveArticleOnce(actor: Actor, input: ArticleFormInput): Promise<SaveResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<SaveResult> => {
    const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId)).limit(1);
    if (!section) return { ok: false, code: 'invalid', message: 'Choose a section.' };
    // Writers always write as themselves; editors may credit another staff member.
    let authorId = actor!.id;
    if (canPublish(actor) && input.authorId) {
      const [author] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, input.authorId)).limit(1);
      if (!author || author.role === 'reader') return { ok: false, code: 'invalid', message: 'Choose a member of staff as the author.' };
      authorId = author.id;
    }
    if (input.heroImageId) {
      const [image] = await tx.select({ id: images.id }).from(images).where(eq(images.id, input.heroImageId)).limit(1);
      if (!image) return { ok: false, code: 'invalid', message: 'The hero image is missing. Upload it again.' };
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
      featured: canPublish(actor) ? input.featured : false,
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
        editorId: actor!.id,
        note: 'Created',
      });
      return { ok: true, id: row!.id, slug, version: 1, previousSlug: null, status: 'draft' };
    }

    const [current] = await tx.select().from(articles).where(eq(articles.id, input.id)).for('update');
    if (!current) return NOT_FOUND;
    if (!canEditArticle(actor, current)) return FORBIDDEN;
    if (input.version !== current.version)
      return {
        ok: false,
        code: 'conflict',
        message: `Someone else saved this story while you were editing (now version ${current.version}, you started from version ${input.version ?? '?'}). Your text is still here: copy what you need, then reload to see their changes.`,
      };
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
        authorId: canPublish(actor) ? authorId : current.authorId,
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
      editorId: actor!.id,
    });
    return { ok: true, id: current.id, slug, version, previousSlug: slug !== current.slug ? current.slug : null, status: row!.status };
  });
}

export type TransitionResult = { ok: true; id: number; slug: string; status: ArticleStatus; sectionId: number } | AdminFailure;

/** Moves an article through the workflow. Publishing and unpublishing are written to the audit log. */
export async function transitionArticle(actor: Actor | null, id: number, to: ArticleStatus, publishAt?: Date): Promise<TransitionResult> {
  if (!canUseNewsroom(actor)) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx): Promise<TransitionResult> => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
    if (!current) return NOT_FOUND;
    if (!canTransition(actor, current.status, to)) return FORBIDDEN;
    if (!canPublish(actor) && current.authorId !== actor!.id) return FORBIDDEN;
    const now = new Date();
    let publishedAt = current.publishedAt;
    if (to === 'published')
      publishedAt = current.status === 'published' ? current.publishedAt : current.status === 'scheduled' || !current.publishedAt ? now : current.publishedAt;
    if (to === 'scheduled') {
      if (!publishAt || publishAt.getTime() <= now.getTime() + 30_000)
        return { ok: false, code: 'invalid', message: 'Choose a publication time in the future.' };
      publishedAt = publishAt;
    }
    if (to === 'draft' || to === 'review') publishedAt = current.status === 'scheduled' ? null : current.publishedAt;
    await tx.update(articles).set({ status: to, publishedAt, updatedAt: now }).where(eq(articles.id, id));
    const action = {
      published: 'article.publish',
      archived: 'article.unpublish',
      scheduled: 'article.schedule',
      review: 'article.submit',
      draft: 'article.to-draft',
    }[to];
    await audit(
      tx,
      actor!.id,
      action,
      { type: 'article', id },
      { title: current.title, from: current.status, to, publishedAt: publishedAt?.toISOString() ?? null },
    );
    return { ok: true, id, slug: current.slug, status: to, sectionId: current.sectionId };
  });
}

/** Scheduled articles whose time has come, published now. Called by the in-process scheduler. */
export async function publishDueArticles(now = new Date()): Promise<{ id: number; slug: string }[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .update(articles)
      .set({ status: 'published', updatedAt: now })
      .where(and(eq(articles.status, 'scheduled'), lte(articles.publishedAt, now)))
      .returning({ id: articles.id, slug: articles.slug, title: articles.title, authorId: articles.authorId });
    for (const a of due) await audit(tx, null, 'article.publish', { type: 'article', id: a.id }, { title: a.title, scheduled: true });
    return due.map(({ id, slug }) => ({ id, slug }));
  });
}

export type RevisionRow = {
  id: number;
  version: number;
  title: string;
  editorName: string | null;
  createdAt: string;
  note: string | null;
  status: ArticleStatus;
};

export async function listRevisions(actor: Actor | null, articleId: number): Promise<RevisionRow[] | AdminFailure> {
  if (!canUseNewsroom(actor)) return FORBIDDEN;
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
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export type RevisionContent = { id: number; version: number; title: string; standfirst: string; body: string; slug: string };

export async function getRevisions(actor: Actor | null, articleId: number, ids: number[]): Promise<RevisionContent[] | AdminFailure> {
  if (!canUseNewsroom(actor)) return FORBIDDEN;
  const db = await getDb();
  return db
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
}

/** Restoring copies an old revision's text into a new version (history is never rewritten). */
export async function restoreRevision(actor: Actor | null, articleId: number, revisionId: number, basedOnVersion: number): Promise<SaveResult> {
  if (!canUseNewsroom(actor)) return FORBIDDEN;
  const db = await getDb();
  const [revision] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .limit(1);
  if (!revision) return NOT_FOUND;
  const current = await getArticleForNewsroom(actor, articleId);
  if ('ok' in current) return current;
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

export async function staffOptions(actor: Actor | null): Promise<{ id: string; name: string }[]> {
  if (!canUseNewsroom(actor)) return [];
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.role, ['writer', 'editor', 'admin']))
    .orderBy(users.name);
}

export async function sectionOptions(actor: Actor | null): Promise<{ id: number; slug: string; name: string }[]> {
  if (!canUseNewsroom(actor)) return [];
  const db = await getDb();
  return db.select({ id: sections.id, slug: sections.slug, name: sections.name }).from(sections).orderBy(sections.position);
}

/** Any article by its address, whatever its status, for the staff preview at that address. */
export async function getArticleIdBySlug(actor: Actor | null, slug: string): Promise<number | null> {
  if (!canUseNewsroom(actor)) return null;
  const db = await getDb();
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).limit(1);
  return row?.id ?? null;
}
