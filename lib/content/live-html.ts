/**
 * The parts of a reader page the live stream changes while it is open, as HTML strings: the server
 * renders them into the page and sends the same markup in events (lib/live), so an update looks exactly
 * like a fresh page. Every value goes through `html`, which escapes it.
 */
import type { RecentComment } from '@/lib/dal/types';
import { html } from '@/lib/html/safe-html';
import { statedTimeHtml } from './stated-time';
import type { BannerUrgency } from '@/lib/domain';

type Options = { absoluteTime: (iso: string) => string };

export type Banner = { id: number; text: string; link: string | null; urgency: BannerUrgency };

export const URGENCY_LABELS: Record<Banner['urgency'], string> = { breaking: 'Breaking', developing: 'Developing story', update: 'Latest' };

/** One entry of the Recent Comments sidebar. */
export function recentCommentHtml(c: RecentComment, options: Options): string {
  return html`<li class="py-3 text-sm leading-snug" data-recent-comment="${c.id}" data-created="${c.createdAt}">
    <p class="text-muted">
      <bdi class="font-medium text-ink">${c.authorName}</bdi>${' on '}<a
        href="/articles/${c.articleSlug}#comment-${c.id}"
        class="text-ink underline-offset-2 hover:underline"
        >${c.articleTitle}</a
      >
    </p>
    <p class="mt-1 font-serif text-muted">“${c.excerpt}”</p>
    <p class="mt-1 text-xs text-muted">${statedTimeHtml(c.createdAt, options.absoluteTime)}</p>
  </li>`.toString();
}

/** The breaking-news banner, or nothing. */
export function bannerHtml(banner: Banner | null): string {
  if (!banner) return '';
  const label = URGENCY_LABELS[banner.urgency];
  const text = banner.link ? html`<a href="${banner.link}" class="breaking-link">${banner.text}</a>` : html`<span>${banner.text}</span>`;
  return html`<div class="breaking-banner" data-urgency="${banner.urgency}" data-banner-id="${banner.id}">
    <p class="mx-auto flex max-w-7xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2.5 sm:px-6"><strong class="breaking-label">${label}</strong> ${text}</p>
  </div>`.toString();
}

export type LiveEntryView = {
  id: number;
  title: string;
  /** Sanitized HTML of the entry's Markdown (lib/content/markdown.ts). */
  bodyHtml: string;
  /** The same as plain text (for structured data and feeds). */
  text: string;
  pinned: boolean;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
};

/**
 * One entry of a live blog. The body is already sanitized HTML from the Markdown renderer, which `html`
 * would escape: the frame is built with a placeholder where the body goes, then the placeholder is
 * swapped for it. The placeholder holds NUL characters, which no text stored in PostgreSQL can contain,
 * so nothing a writer types can pose as it.
 */
const BODY_SLOT = '\u0000live-entry-body\u0000';

export function liveEntryHtml(entry: LiveEntryView, options: Options & { clock: (iso: string) => string }): string {
  const edited = Date.parse(entry.updatedAt) - Date.parse(entry.createdAt) > 60_000;
  const frame = html`<li
    id="entry-${entry.id}"
    class="live-entry"
    data-live-entry="${entry.id}"
    data-created="${entry.createdAt}"
    data-pinned="${entry.pinned ? 'true' : 'false'}"
  >
    <article aria-label="${entry.title || `Update at ${options.clock(entry.createdAt)}`}">
      <header class="live-entry-head">
        <time datetime="${entry.createdAt}" title="${options.absoluteTime(entry.createdAt)}" class="live-entry-time">${options.clock(entry.createdAt)}</time>
        ${entry.pinned ? html`<span class="key-event">Key event</span>` : null}
      </header>
      ${entry.title ? html`<h3 class="live-entry-title">${entry.title}</h3>` : null}
      <div class="live-entry-body">${BODY_SLOT}</div>
      <footer class="live-entry-foot">
        ${entry.authorName ? html`<bdi>${entry.authorName}</bdi>` : null} ${edited ? html`<span>Updated ${options.absoluteTime(entry.updatedAt)}</span>` : null}
      </footer>
    </article>
  </li>`.toString();
  return frame.replace(BODY_SLOT, () => entry.bodyHtml);
}

/** A key event in the summary above a live blog's entries: its time and headline (or first words), linking to it. */
export function keyEventHtml(entry: Pick<LiveEntryView, 'id' | 'title' | 'text' | 'createdAt'>, options: { clock: (iso: string) => string }): string {
  return html`<li data-key-event="${entry.id}" data-created="${entry.createdAt}">
    <a href="#entry-${entry.id}" class="link-ink"
      ><span class="font-semibold text-accent tabular-nums">${options.clock(entry.createdAt)}</span> ${entry.title || entry.text.slice(0, 90)}</a
    >
  </li>`.toString();
}

/** The line under a live blog's headline: running, or ended. */
export function liveStatusHtml(ended: boolean, endedAt: string | null, options: Options): string {
  return ended
    ? html`<p class="live-status" data-ended="true">This live blog has ended${endedAt ? html` · ${options.absoluteTime(endedAt)}` : null}</p>`.toString()
    : html`<p class="live-status" data-ended="false"><span class="live-dot" aria-hidden="true"></span>Live: updates appear here as they happen</p>`.toString();
}
