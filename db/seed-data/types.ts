/** Shapes of the demo content. Everything here is original copy written for NewsHub's demo. */

export type SeedSection = {
  slug: string;
  name: string;
  description: string;
  position: number;
};

export type SeedStaff = {
  key: string;
  name: string;
  email: string;
  role: 'writer' | 'editor' | 'admin';
  bio: string;
};

export type SeedReader = {
  key: string;
  name: string;
  email: string;
};

/** Drawing hints for the locally generated SVG hero image. */
export type HeroMotif = 'skyline' | 'chart' | 'waves' | 'columns' | 'globe' | 'circuit' | 'field' | 'bridge' | 'stage' | 'leaf';

export type SeedArticle = {
  slug: string;
  title: string;
  standfirst: string;
  /** SeedSection.slug */
  section: string;
  /** SeedStaff.key */
  author: string;
  /** Tag display names; slugs are derived. */
  tags: string[];
  /** Published this many days before the seed runs (0 = today). */
  daysAgo: number;
  /** Hour of day (UTC, 0-23) of publication. */
  hour: number;
  featured?: boolean;
  /** Label shown above the headline. */
  kind: 'News' | 'Analysis' | 'Feature' | 'Opinion' | 'Explainer' | 'Interview' | 'Live';
  /** For a live blog (kind 'Live'): its entries, oldest first. */
  liveEntries?: SeedLiveEntry[];
  commentsOpen?: boolean;
  /** When set, the article was revised this many hours after publication. */
  updatedHoursAfter?: number;
  hero: {
    motif: HeroMotif;
    alt: string;
    caption: string;
    credit: string;
  };
  /** Markdown: paragraphs, `##` subheads, `>` quotes, occasional lists or links. No raw HTML. */
  body: string;
};

export type SeedComment = {
  /** Unique within its file, used by replies. */
  key: string;
  /** SeedArticle.slug */
  article: string;
  /** SeedReader.key or SeedStaff.key */
  user: string;
  /** SeedComment.key of the parent, for replies */
  replyTo?: string;
  /** Posted this many minutes after the article was published. */
  minutesAfter: number;
  status?: 'published' | 'pending' | 'hidden' | 'deleted';
  body: string;
  /** Chosen by the editors (shown first, quoted above the thread). */
  featured?: boolean;
  /** SeedReader.key of readers who recommend it. */
  recommendedBy?: string[];
};

/** An entry of a demo live blog, this many minutes after the blog went live (squeezed into the time since). */
export type SeedLiveEntry = {
  minutesAfter: number;
  /** SeedStaff.key */
  author: string;
  title?: string;
  body: string;
  pinned?: boolean;
};

export type SeedBundle = {
  articles: SeedArticle[];
  comments: SeedComment[];
};
