/** DTOs: what the data layer hands to pages and components. Plain, serialisable, public fields only. */

export type SectionLink = { slug: string; name: string };

export type Section = SectionLink & { description: string };

export type HeroImage = { src: string; alt: string; caption: string; credit: string };

export type AuthorLink = { name: string; slug: string | null };

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  kind: string;
  /** For live blogs: still running, or ended. */
  live: 'running' | 'ended' | null;
  section: SectionLink;
  author: AuthorLink | null;
  /** ISO 8601 */
  publishedAt: string;
  revisedAt: string | null;
  hero: HeroImage | null;
  featured: boolean;
};

export type TagLink = { slug: string; name: string };

/** A dated correction appended to a published story. */
export type Correction = { id: number; text: string; /** ISO 8601 */ createdAt: string };

export type Article = ArticleCard & {
  body: string;
  tags: TagLink[];
  /** Whether the story took comments when this copy was read (see commentsCloseAt). */
  commentsOpen: boolean;
  /** When it stops taking them by the newsroom's "close after" setting; pages cached past it close in the browser. */
  commentsCloseAt: string | null;
  /** A live blog's end, when the desk has ended it. */
  liveEndedAt: string | null;
  authorBio: string | null;
  /** Oldest first. */
  corrections: Correction[];
};

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };

export type ThreadComment = {
  id: number;
  parentId: number | null;
  authorId: string | null;
  authorName: string;
  /** null when the comment was removed or deleted and stays only as a placeholder for its replies */
  body: string | null;
  state: 'published' | 'removed' | 'deleted';
  createdAt: string;
  editedAt: string | null;
  /** Readers who recommend it. */
  recommends: number;
  /** Chosen by a moderator. */
  featured: boolean;
};

export type ThreadNode = ThreadComment & { replies: ThreadNode[] };

export type RecentComment = {
  id: number;
  authorName: string;
  articleSlug: string;
  articleTitle: string;
  excerpt: string;
  createdAt: string;
};

export type Author = { id: string; name: string; slug: string; bio: string | null; role: string };

/** A comment as its own author sees it (including ones awaiting moderation). */
export type OwnComment = {
  id: number;
  articleId: number;
  articleSlug: string;
  parentId: number | null;
  body: string;
  status: 'published' | 'pending';
  createdAt: string;
};
