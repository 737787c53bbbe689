/**
 * A comment thread as HTML. Long threads are most of an article page; drawn as one string they cost
 * the browser no hydration and the page no second copy as React elements. The same markup the thread
 * had as components: every name and word a reader typed goes through `html`, which escapes it.
 * Slots for the controls (reply, edit, delete, report) and relative times are filled in the browser by
 * components/comments/LiveThread.tsx.
 */
import type { ThreadNode } from '@/lib/dal/types';
import { html, type SafeHtml } from '@/lib/html/safe-html';
import { parseCommentText } from './comment-text';

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

function comment(node: ThreadNode, depth: number, options: Options): SafeHtml {
  const published = node.state === 'published';
  const content = published
    ? html`<header class="comment-head">
          <bdi class="font-semibold">${node.authorName}</bdi
          ><a href="#comment-${node.id}" class="text-muted hover:underline"
            ><time datetime="${node.createdAt}" data-ago title="${options.absoluteTime(node.createdAt)}" class="inline-block"
              >${options.absoluteTime(node.createdAt)}</time
            ></a
          >${node.editedAt ? html`<span class="text-xs text-muted italic">edited</span>` : null}
        </header>
        ${body(node.body ?? '')}
        <div
          data-comment-controls="${node.id}"
          data-author-id="${node.authorId ?? ''}"
          data-author-name="${node.authorName}"
          data-created-at="${node.createdAt}"
        ></div>`
    : html`<p class="text-sm text-muted italic">
        ${node.state === 'removed' ? 'This comment was removed by a moderator.' : 'This comment was deleted by its author.'}
      </p>`;
  const replies =
    node.replies.length > 0
      ? html`<ol
          class="${depth < 3 ? 'ml-3 border-l-2 rule pl-4 sm:ml-5 sm:pl-5' : 'border-l-2 rule pl-3'}"
          aria-label="Replies to ${published ? node.authorName : 'removed comment'}"
        >
          ${node.replies.map((reply) => comment(reply, depth + 1, options))}
        </ol>`
      : null;
  return html`<li id="comment-${node.id}" class="scroll-mt-24">
    <article aria-label="${published ? `Comment by ${node.authorName}` : 'Removed comment'}" class="py-4">${content}</article>
    ${replies}
  </li>`;
}

export function threadHtml(nodes: ThreadNode[], options: Options): string {
  if (nodes.length === 0) return '';
  return html`<ol class="divide-y divide-rule" data-testid="comment-thread">
    ${nodes.map((node) => comment(node, 0, options))}
  </ol>`.toString();
}
