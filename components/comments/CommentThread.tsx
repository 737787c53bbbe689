import type { ThreadNode } from '@/lib/dal/types';
import { TimeAgo } from '@/components/ui/TimeAgo';
import { CommentBody } from './CommentBody';

function Comment({ node, depth }: { node: ThreadNode; depth: number }) {
  return (
    <li id={`comment-${node.id}`} className="scroll-mt-24">
      <article aria-label={node.state === 'published' ? `Comment by ${node.authorName}` : 'Removed comment'} className="py-4">
        {node.state === 'published' ? (
          <>
            <header className="comment-head">
              <bdi className="font-semibold">{node.authorName}</bdi>
              <a href={`#comment-${node.id}`} className="text-muted hover:underline">
                <TimeAgo iso={node.createdAt} />
              </a>
              {node.editedAt && <span className="text-xs text-muted italic">edited</span>}
            </header>
            <CommentBody body={node.body ?? ''} />
            {/* Filled for signed-in readers by ThreadControls. */}
            <div data-comment-controls={node.id} data-author-id={node.authorId ?? ''} data-author-name={node.authorName} data-created-at={node.createdAt} />
          </>
        ) : (
          <p className="text-sm text-muted italic">
            {node.state === 'removed' ? 'This comment was removed by a moderator.' : 'This comment was deleted by its author.'}
          </p>
        )}
      </article>
      {node.replies.length > 0 && (
        <ol
          className={depth < 3 ? 'ml-3 border-l-2 rule pl-4 sm:ml-5 sm:pl-5' : 'border-l-2 rule pl-3'}
          aria-label={`Replies to ${node.state === 'published' ? node.authorName : 'removed comment'}`}
        >
          {node.replies.map((reply) => (
            <Comment key={reply.id} node={reply} depth={depth + 1} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CommentThread({ nodes }: { nodes: ThreadNode[] }) {
  if (nodes.length === 0) return null;
  return (
    <ol className="divide-y divide-rule" data-testid="comment-thread">
      {nodes.map((node) => (
        <Comment key={node.id} node={node} depth={0} />
      ))}
    </ol>
  );
}
