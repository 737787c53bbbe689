/**
 * A comment thread as HTML. Long threads are most of an article page; drawn as one string they cost
 * the browser no hydration and the page no second copy as React elements. The same markup the thread
 * had as components: every name and word a reader typed goes through `html`, which escapes it.
 * Slots for the controls (reply, edit, delete, report) and relative times are filled in the browser by
 * components/comments/LiveThread.tsx.
 */
import { compareIso } from '@/lib/comments/thread-sort';
import type { ThreadNode } from '@/lib/dal/types';
import { html, type SafeHtml } from '@/lib/html/safe-html';
import { parseCommentText } from './comment-text';
import { statedTimeHtml } from './stated-time';
import { recommendText, repliesListClass } from './thread-classes';

type Options = { absoluteTime: (iso: string) => string };

function body(text: string): SafeHtml {
  return html`<div class="comment-text">
    ${parseCommentText(text).map(
      (paragraph) =>
        html`<p>
          ${paragraph.lines.map(
            (line, l) =>
              html`${l > 0 ? html`<br />` : null}${line.map((segment) =>
                segment.type === 'link'
                  ? html`<a href="${segment.href}" rel="ugc nofollow noopener noreferrer" class="text-accent underline">${segment.text}</a>`
                  : segment.text,
              )}`,
          )}
        </p>`,
    )}
  </div>`;
}

function meta(node: ThreadNode): SafeHtml {
  return html`<p class="comment-meta" data-comment-meta>
    ${node.featured ? html`<span class="featured-mark">Featured</span>` : null}<span data-recommend-count="${node.recommends}"
      >${recommendText(node.recommends)}</span
    >
  </p>`;
}

function content(node: ThreadNode, options: Options): SafeHtml {
  if (node.state !== 'published')
    return html`<article aria-label="Removed comment" class="py-4" data-comment-state="${node.state}">
      <p class="text-sm text-muted italic">
        ${node.state === 'removed' ? 'This comment was removed by a moderator.' : 'This comment was deleted by its author.'}
      </p>
    </article>`;
  return html`<article aria-label="Comment by ${node.authorName}" class="py-4" data-comment-state="published">
    <header class="comment-head">
      <bdi class="font-semibold">${node.authorName}</bdi
      ><a href="#comment-${node.id}" class="text-muted hover:underline">${statedTimeHtml(node.createdAt, options.absoluteTime)}</a
      >${node.editedAt ? html`<span class="text-xs text-muted italic">edited</span>` : null}
    </header>
    ${body(node.body ?? '')} ${meta(node)}
    <div
      data-comment-controls="${node.id}"
      data-author-id="${node.authorId ?? ''}"
      data-author-name="${node.authorName}"
      data-created-at="${node.createdAt}"
    ></div>
  </article>`;
}

function comment(node: ThreadNode, depth: number, options: Options, withReplies = true): SafeHtml {
  const published = node.state === 'published';
  const replies =
    withReplies && node.replies.length > 0
      ? html`<ol class="${repliesListClass(depth)}" aria-label="Replies to ${published ? node.authorName : 'removed comment'}">
          ${node.replies.map((reply) => comment(reply, depth + 1, options))}
        </ol>`
      : null;
  return html`<li id="comment-${node.id}" class="scroll-mt-24" data-created="${node.createdAt}" data-recommends="${node.recommends}">
    ${content(node, options)} ${replies}
  </li>`;
}

/** One comment without its replies, as the live stream sends it (it goes into the thread as it is). */
export function commentItemHtml(node: ThreadNode, options: Options): string {
  return comment(node, 0, options, false).toString();
}

/** One of the editors' picks as quoted above the thread, with a link to its place in the conversation. */
export function featuredQuoteHtml(n: ThreadNode, options: Options): string {
  return html`<li data-featured-comment="${n.id}" data-created="${n.createdAt}">
    <figure>
      <blockquote>${body(n.body ?? '')}</blockquote>
      <figcaption>
        <bdi class="font-semibold">${n.authorName}</bdi>${' · '}<a href="#comment-${n.id}" class="text-muted underline underline-offset-2"
          >${options.absoluteTime(n.createdAt)}</a
        >
      </figcaption>
    </figure>
  </li>`.toString();
}

/**
 * The editors' picks, above the thread, oldest first (the live stream adds and removes them in the same
 * order). The list is there even when empty, for picks made while the page is open.
 */
export function featuredCommentsHtml(nodes: ThreadNode[], options: Options): string {
  const picks: ThreadNode[] = [];
  const visit = (list: ThreadNode[]) =>
    list.forEach((n) => {
      if (n.state === 'published' && n.featured) picks.push(n);
      visit(n.replies);
    });
  visit(nodes);
  picks.sort((a, b) => compareIso(a.createdAt, b.createdAt) || a.id - b.id);
  return `<ul class="featured-comments" data-live-featured>${picks.map((n) => featuredQuoteHtml(n, options)).join('')}</ul>`;
}

export function threadHtml(nodes: ThreadNode[], options: Options): string {
  return html`<ol class="divide-y divide-rule" data-testid="comment-thread" data-live-thread>
    ${nodes.map((node) => comment(node, 0, options))}
  </ol>`.toString();
}
