import { parseCommentText } from '@/lib/content/comment-text';

/**
 * Plain text with paragraphs and http(s) links; nothing the commenter typed is treated as markup.
 * Text goes in as bare strings (no wrapper elements) to keep long threads light.
 */
export function CommentBody({ body, className = 'comment-text' }: { body: string; className?: string }) {
  return (
    <div className={className}>
      {parseCommentText(body).map((paragraph, p) => (
        <p key={p}>
          {paragraph.lines.flatMap((line, l) => [
            l > 0 ? <br key={`br${l}`} /> : null,
            ...line.map((segment, s) =>
              segment.type === 'link' ? (
                <a key={`${l}.${s}`} href={segment.href} rel="ugc nofollow noopener noreferrer" className="text-accent underline">
                  {segment.text}
                </a>
              ) : (
                segment.text
              ),
            ),
          ])}
        </p>
      ))}
    </div>
  );
}
