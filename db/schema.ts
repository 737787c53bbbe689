import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  bigserial,
  bigint,
  varchar,
  text,
  timestamp,
  uniqueIndex,
  unique,
  date,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

import {
  ARTICLE_STATUSES,
  BANNER_URGENCIES,
  COMMENT_STATUSES,
  DEVICE_CLASSES,
  DELIVERY_STATUSES,
  NEWSLETTER_KINDS,
  SUBSCRIPTION_STATUSES,
  SUPPRESSION_REASONS,
  VIEW_PAGES,
  PREMODERATION_MODES,
  ROLES,
  type ArticleStatus,
  type BannerUrgency,
  type CommentStatus,
  type DeviceClass,
  type DeliveryStatus,
  type NewsletterKind,
  type SubscriptionStatus,
  type SuppressionReason,
  type ViewPage,
  type PremoderationMode,
  type Role,
} from '../lib/domain';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => tstz('created_at').notNull().defaultNow();

export { ROLES, ARTICLE_STATUSES, COMMENT_STATUSES, PREMODERATION_MODES };
export type { Role, ArticleStatus, CommentStatus, PremoderationMode };

const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export const users = pgTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    email: text('email').notNull(),
    emailVerified: tstz('email_verified'),
    name: text('name').notNull(),
    image: text('image'),
    passwordHash: text('password_hash'),
    role: text('role').$type<Role>().notNull().default('reader'),
    /** Public author page slug; staff only. */
    slug: text('slug'),
    bio: text('bio'),
    createdAt: createdAt(),
    bannedAt: tstz('banned_at'),
    banReason: text('ban_reason'),
    /** Moderation trust: comments a moderator approved or that went straight through, and those rejected. */
    approvedComments: integer('approved_comments').notNull().default(0),
    rejectedComments: integer('rejected_comments').notNull().default(0),
    /**
     * Carried in every session token; a token with an older version is no longer a session. Bumped by a
     * password change, "sign out everywhere", a ban and a role change.
     */
    sessionVersion: integer('session_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_slug_key').on(t.slug),
    check('users_email_normalised', sql`${t.email} = lower(btrim(${t.email})) and position('@' in ${t.email}) > 1`),
    check('users_role_valid', inList('role', ROLES)),
    check('users_name_length', sql`char_length(${t.name}) between 1 and 80`),
  ],
);

/** Auth.js adapter tables (used when an OAuth provider is configured). */
export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index('accounts_user_idx').on(t.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: tstz('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const sections = pgTable(
  'sections',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('sections_slug_key').on(t.slug), check('sections_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

export const tags = pgTable(
  'tags',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug), check('tags_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

export const images = pgTable(
  'images',
  {
    id: text('id')
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    width: integer('width'),
    height: integer('height'),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('images_sha256_key').on(t.sha256),
    check('images_type_allowed', inList('content_type', ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/svg+xml'])),
    check('images_size_limit', sql`${t.byteSize} between 1 and 10485760`),
  ],
);

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    standfirst: text('standfirst').notNull().default(''),
    body: text('body').notNull().default(''),
    /** Label above the headline: News, Analysis, Opinion … */
    kind: text('kind').notNull().default('News'),
    heroImageId: text('hero_image_id').references(() => images.id, { onDelete: 'set null' }),
    heroAlt: text('hero_alt').notNull().default(''),
    heroCaption: text('hero_caption').notNull().default(''),
    heroCredit: text('hero_credit').notNull().default(''),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'restrict' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<ArticleStatus>().notNull().default('draft'),
    /** Shown to readers as the publication time; while scheduled, when it will go live. */
    publishedAt: tstz('published_at'),
    /** When it first went live. Republishing after a takedown keeps it, and counts as an update. */
    firstPublishedAt: tstz('first_published_at'),
    /** Set when the text changed after publication: readers see an "Updated" time. */
    revisedAt: tstz('revised_at'),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    featured: boolean('featured').notNull().default(false),
    commentsOpen: boolean('comments_open').notNull().default(true),
    /** A live blog (kind "Live") that the desk has closed: readers see "This live blog has ended". */
    liveEndedAt: tstz('live_ended_at'),
    version: integer('version').notNull().default(1),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')`,
      ),
    /** Headline and standfirst only: small enough to stay in the row, so ranking many matches is cheap. */
    searchHead: tsvector('search_head')
      .notNull()
      .generatedAlwaysAs(sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(standfirst, '')), 'B')`),
  },
  (t) => [
    uniqueIndex('articles_slug_key').on(t.slug),
    // Listings are newest first with the id breaking ties, so the index carries both: the first page of
    // 100,000 stories is read from the index instead of sorting them all.
    index('articles_published_idx').on(t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('articles_section_published_idx').on(t.sectionId, t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('articles_author_published_idx').on(t.authorId, t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The newsroom's list: most recently changed first.
    index('articles_updated_idx').on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The few featured stories, without scanning the archive for them.
    index('articles_featured_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published' and ${t.featured}`),
    index('articles_search_idx').using('gin', t.search),
    check('articles_status_valid', inList('status', ARTICLE_STATUSES)),
    check('articles_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(${t.slug}) <= 120`),
    check('articles_title_length', sql`char_length(${t.title}) between 1 and 300`),
    check('articles_published_has_date', sql`${t.status} not in ('published', 'scheduled') or ${t.publishedAt} is not null`),
    check('articles_version_positive', sql`${t.version} > 0`),
  ],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId)],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    standfirst: text('standfirst').notNull(),
    body: text('body').notNull(),
    slug: text('slug').notNull(),
    status: text('status').$type<ArticleStatus>().notNull(),
    editorId: text('editor_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('article_revisions_version_key').on(t.articleId, t.version)],
);

/** Dated corrections an editor appended to a published story; shown to readers at its end, never removed. */
export const articleCorrections = pgTable(
  'article_corrections',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    editorId: text('editor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('article_corrections_article_idx').on(t.articleId, t.createdAt),
    check('article_corrections_body_length', sql`char_length(${t.body}) between 1 and 2000`),
  ],
);

export const slugRedirects = pgTable('slug_redirects', {
  oldSlug: text('old_slug').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const comments = pgTable(
  'comments',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Null once the author deleted their account: shown as "deleted user". */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    parentId: integer('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    status: text('status').$type<CommentStatus>().notNull().default('pending'),
    /** Why the pipeline held it for a moderator, when it did. */
    heldReason: text('held_reason'),
    createdAt: createdAt(),
    editedAt: tstz('edited_at'),
    moderatedAt: tstz('moderated_at'),
    moderatedBy: text('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    reportCount: integer('report_count').notNull().default(0),
    /** Readers' recommendations, kept equal to the rows of comment_recommendations in the same transaction. */
    recommendCount: integer('recommend_count').notNull().default(0),
    /** Chosen by a moderator: shown first, as the editors' picks. */
    featuredAt: tstz('featured_at'),
    featuredBy: text('featured_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('comments_recommend_count_valid', sql`${t.recommendCount} >= 0`),
    index('comments_recent_idx').on(t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('comments_thread_idx').on(t.articleId, t.status, t.createdAt),
    index('comments_user_idx').on(t.userId, t.createdAt.desc()),
    index('comments_parent_idx').on(t.parentId),
    check('comments_status_valid', inList('status', COMMENT_STATUSES)),
    check('comments_body_length', sql`char_length(${t.body}) between 1 and 5000`),
  ],
);

export const commentReports = pgTable(
  'comment_reports',
  {
    id: serial('id').primaryKey(),
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
    resolvedAt: tstz('resolved_at'),
  },
  (t) => [uniqueIndex('comment_reports_once_key').on(t.commentId, t.userId)],
);

/** One row (id = 1): the newsroom's comment rules. */
export const moderationSettings = pgTable(
  'moderation_settings',
  {
    id: integer('id').primaryKey().default(1),
    premoderation: text('premoderation').$type<PremoderationMode>().notNull().default('first'),
    floodSeconds: integer('flood_seconds').notNull().default(15),
    /** Links a reader with fewer approved comments than `trustedAfter` may post before being held. */
    newUserLinkLimit: integer('new_user_link_limit').notNull().default(1),
    trustedAfter: integer('trusted_after').notNull().default(3),
    bannedWords: text('banned_words')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    heldWords: text('held_words')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    closeAfterDays: integer('close_after_days'),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('moderation_settings_singleton', sql`${t.id} = 1`),
    check('moderation_settings_mode_valid', inList('premoderation', PREMODERATION_MODES)),
    check('moderation_settings_flood_range', sql`${t.floodSeconds} between 0 and 3600`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt.desc())],
);

/**
 * Sign-in throttling counters, in the layout rate-limiter-flexible's PostgreSQL store uses (key, points,
 * expiry in epoch milliseconds); it increments them atomically.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: varchar('key', { length: 255 }).primaryKey(),
    points: integer('points').notNull().default(0),
    expire: bigint('expire', { mode: 'number' }),
  },
  (t) => [index('rate_limits_expire_idx').on(t.expire)],
);

/** Sessions ended by signing out: a copy of their token is refused until it would have expired anyway. */
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sessionId: text('session_id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: tstz('expires_at').notNull(),
  },
  (t) => [index('revoked_sessions_expires_idx').on(t.expiresAt)],
);

/** A comment typed by a signed-out reader without JavaScript, kept while they sign in (cookie holds the token). */
export const commentDrafts = pgTable(
  'comment_drafts',
  {
    token: text('token').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    body: text('body').notNull(),
    /** A keyed hash of the address that saved it: drafts are bounded per address and in total. */
    addressKey: text('address_key').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    check('comment_drafts_body_length', sql`char_length(${t.body}) <= 20000`),
    index('comment_drafts_address_idx').on(t.addressKey, t.createdAt),
    index('comment_drafts_created_idx').on(t.createdAt),
  ],
);

/** Which stored images an article shows (hero or body): an image is public only through a published article. */
export const articleImages = pgTable(
  'article_images',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    imageId: text('image_id')
      .notNull()
      .references(() => images.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.imageId] }), index('article_images_image_idx').on(t.imageId)],
);

/** One recommendation per reader and comment. */
export const commentRecommendations = pgTable(
  'comment_recommendations',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index('comment_recommendations_user_idx').on(t.userId)],
);

/** Breaking-news banners: the one without cleared_at is on every reader page (at most one at a time). */
export const breakingNews = pgTable(
  'breaking_news',
  {
    id: serial('id').primaryKey(),
    text: text('text').notNull(),
    /** A site path ("/articles/…") or an http(s) address; null for a banner without a link. */
    link: text('link'),
    urgency: text('urgency').$type<BannerUrgency>().notNull().default('breaking'),
    setBy: text('set_by').references(() => users.id, { onDelete: 'set null' }),
    setAt: tstz('set_at').notNull().defaultNow(),
    clearedAt: tstz('cleared_at'),
    clearedBy: text('cleared_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('breaking_news_text_length', sql`char_length(${t.text}) between 1 and 200`),
    check('breaking_news_urgency_valid', inList('urgency', BANNER_URGENCIES)),
    uniqueIndex('breaking_news_one_active')
      .on(sql`(true)`)
      .where(sql`${t.clearedAt} is null`),
  ],
);

/**
 * What changed, in commit order, for the live stream (lib/live): written by triggers (see the
 * migration 0006_live), so every write path is covered, and pruned after a day. Rows say only what
 * changed; what readers may see of it is decided when it is sent.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    articleId: integer('article_id'),
    ref: integer('ref'),
    createdAt: createdAt(),
  },
  (t) => [index('live_events_created_idx').on(t.createdAt)],
);

/** The timestamped entries of a live blog, written by staff; deleted ones stay as rows so the stream can say so. */
export const liveEntries = pgTable(
  'live_entries',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Optional short headline of the entry ("Ceasefire talks resume"). */
    title: text('title').notNull().default(''),
    body: text('body').notNull(),
    /** A key event: pinned entries show above the rest and in the summary. */
    pinned: boolean('pinned').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    deletedAt: tstz('deleted_at'),
  },
  (t) => [
    index('live_entries_article_idx').on(t.articleId, t.createdAt.desc()),
    check('live_entries_title_length', sql`char_length(${t.title}) <= 200`),
    check('live_entries_body_length', sql`char_length(${t.body}) between 1 and 20000`),
  ],
);

/**
 * Page views, counted per hour (UTC) and page, story, section, referring site and device class. Nothing
 * here says who read: no address, no user agent, no visitor id. Written in batches (lib/analytics).
 */
export const pageViews = pgTable(
  'page_views',
  {
    hour: tstz('hour').notNull(),
    page: text('page').$type<ViewPage>().notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    /** The story's section for a story, the section itself for a section front. */
    sectionId: integer('section_id').references(() => sections.id, { onDelete: 'cascade' }),
    /** 'direct', 'internal' (from another page of the site) or the referring site's host name. */
    referrer: text('referrer').notNull(),
    device: text('device').$type<DeviceClass>().notNull(),
    views: integer('views').notNull(),
  },
  (t) => [
    unique('page_views_key').on(t.hour, t.page, t.articleId, t.sectionId, t.referrer, t.device).nullsNotDistinct(),
    index('page_views_article_idx').on(t.articleId, t.hour),
    check('page_views_page_valid', inList('page', VIEW_PAGES)),
    check('page_views_device_valid', inList('device', DEVICE_CLASSES)),
    check('page_views_referrer_length', sql`char_length(${t.referrer}) between 1 and 100`),
    check('page_views_views_positive', sql`${t.views} > 0`),
  ],
);

/**
 * Unique visitors per day (in the site's time zone) as a HyperLogLog sketch: registers that estimate how
 * many different visitors there were, from which no visitor can be picked out.
 */
export const dailyVisitors = pgTable('daily_visitors', {
  day: date('day', { mode: 'string' }).primaryKey(),
  sketch: bytea('sketch').notNull(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

/**
 * An address that asked for newsletters. Its token is in every email's manage and unsubscribe links (it
 * proves the holder receives mail there); the confirmation link's secret is kept only as a hash.
 */
export const newsletterSubscribers = pgTable(
  'newsletter_subscribers',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    token: text('token').notNull(),
    confirmedAt: tstz('confirmed_at'),
    confirmHash: text('confirm_hash'),
    confirmSentAt: tstz('confirm_sent_at'),
    /** Bounced for good or complained of: nothing more is sent to this address. */
    suppressedAt: tstz('suppressed_at'),
    suppressedReason: text('suppressed_reason').$type<SuppressionReason>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('newsletter_subscribers_email_key').on(t.email),
    uniqueIndex('newsletter_subscribers_token_key').on(t.token),
    uniqueIndex('newsletter_subscribers_confirm_key').on(t.confirmHash),
    index('newsletter_subscribers_user_idx').on(t.userId),
    check('newsletter_subscribers_email_normalised', sql`${t.email} = lower(btrim(${t.email})) and position('@' in ${t.email}) > 1`),
    check('newsletter_subscribers_reason_valid', sql`suppressed_reason is null or ${inList('suppressed_reason', SUPPRESSION_REASONS)}`),
  ],
);

/** Which lists an address receives: 'briefing', 'breaking' or 'section:<slug>'. */
export const newsletterSubscriptions = pgTable(
  'newsletter_subscriptions',
  {
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => newsletterSubscribers.id, { onDelete: 'cascade' }),
    list: text('list').notNull(),
    status: text('status').$type<SubscriptionStatus>().notNull().default('pending'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.subscriberId, t.list] }),
    index('newsletter_subscriptions_list_idx').on(t.list, t.status),
    check('newsletter_subscriptions_list_format', sql`${t.list} ~ '^(briefing|breaking|section:[a-z0-9]+(-[a-z0-9]+)*)$'`),
    check('newsletter_subscriptions_status_valid', inList('status', SUBSCRIPTION_STATUSES)),
  ],
);

/** When the daily briefing and section digests go out, and the stories editors put at the top. */
export const newsletterSettings = pgTable(
  'newsletter_settings',
  {
    id: integer('id').primaryKey().default(1),
    briefingEnabled: boolean('briefing_enabled').notNull().default(true),
    /** "HH:MM" in the site's time zone. */
    briefingTime: text('briefing_time').notNull().default('07:00'),
    picks: integer('picks')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('newsletter_settings_singleton', sql`${t.id} = 1`),
    check('newsletter_settings_time_format', sql`${t.briefingTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

/**
 * One email written once for a whole list. Its HTML and text carry placeholders for each reader's own
 * links. A list gets one scheduled issue a day (`day`); breaking-news issues have none.
 */
export const newsletterIssues = pgTable(
  'newsletter_issues',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').$type<NewsletterKind>().notNull(),
    list: text('list').notNull(),
    day: date('day', { mode: 'string' }),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    articleIds: integer('article_ids')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    recipients: integer('recipients').notNull().default(0),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The newsroom form's own id for a send: pressing "send" twice (or in two tabs) sends once. */
    requestKey: text('request_key'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('newsletter_issues_list_day_key').on(t.list, t.day),
    uniqueIndex('newsletter_issues_request_key').on(t.requestKey),
    index('newsletter_issues_created_idx').on(t.createdAt.desc()),
    check('newsletter_issues_kind_valid', inList('kind', NEWSLETTER_KINDS)),
  ],
);

/**
 * The sending queue: one row per issue and subscriber (so nobody is queued twice), claimed by any
 * instance with FOR UPDATE SKIP LOCKED, retried with back-off.
 */
export const newsletterDeliveries = pgTable(
  'newsletter_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    issueId: integer('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => newsletterSubscribers.id, { onDelete: 'cascade' }),
    status: text('status').$type<DeliveryStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tstz('next_attempt_at').notNull().defaultNow(),
    /** The process sending it, and until when its claim holds; an expired claim (a crashed sender) is taken over. */
    claimedBy: text('claimed_by'),
    lockedUntil: tstz('locked_until'),
    sentAt: tstz('sent_at'),
    lastError: text('last_error'),
  },
  (t) => [
    unique('newsletter_deliveries_key').on(t.issueId, t.subscriberId),
    index('newsletter_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status in ('queued', 'sending')`),
    index('newsletter_deliveries_subscriber_idx').on(t.subscriberId),
    check('newsletter_deliveries_status_valid', inList('status', DELIVERY_STATUSES)),
  ],
);

/**
 * Mail "sent" without SMTP_URL: kept here for staff to read in the newsroom. One row per Message-ID. A
 * newsletter's copy names its issue and the reader's own links instead of repeating the issue's HTML.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    messageId: text('message_id').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    issueId: integer('issue_id').references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    links: jsonb('links').$type<{ manage: string; unsubscribe: string }>(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mail_outbox_message_key').on(t.messageId),
    index('mail_outbox_created_idx').on(t.createdAt.desc()),
    index('mail_outbox_to_idx').on(t.to),
  ],
);
