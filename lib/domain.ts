/**
 * The newsroom's vocabulary: roles, article and comment states, moderation modes. A leaf module with no
 * imports, shared by the database schema (db/schema.ts), the data layer, actions and the UI, so that
 * nothing outside the data layer needs to import the schema for a type.
 */

export const ROLES = ['reader', 'writer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const COMMENT_STATUSES = ['pending', 'published', 'hidden', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const PREMODERATION_MODES = ['off', 'first', 'all'] as const;
export type PremoderationMode = (typeof PREMODERATION_MODES)[number];

/** How urgent a breaking-news banner is: it sets the banner's colour and label. */
export const BANNER_URGENCIES = ['breaking', 'developing', 'update'] as const;
export type BannerUrgency = (typeof BANNER_URGENCIES)[number];

/** Reader pages the audience counts tell apart. */
export const VIEW_PAGES = ['home', 'article', 'section', 'tag', 'author', 'search', 'comments', 'about'] as const;
export type ViewPage = (typeof VIEW_PAGES)[number];

/** Device classes, from the viewport's width (never from the user agent); 'unknown' for readers without JavaScript. */
export const DEVICE_CLASSES = ['phone', 'tablet', 'desktop', 'unknown'] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

/** What a newsletter issue is: the daily briefing, a section's daily digest, or a breaking-news alert. */
export const NEWSLETTER_KINDS = ['briefing', 'section', 'breaking'] as const;
export type NewsletterKind = (typeof NEWSLETTER_KINDS)[number];

/** A subscription waits for its address to be confirmed (double opt-in), then is active. */
export const SUBSCRIPTION_STATUSES = ['pending', 'active'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** One email of an issue to one subscriber, in the sending queue. */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Why nothing more is sent to an address: the mail server refused it for good, or its owner reported us. */
export const SUPPRESSION_REASONS = ['bounce', 'complaint'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];
