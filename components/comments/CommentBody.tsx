import { parseCommentText } from '@/lib/content/comment-text';

/** Plain text with paragraphs and http(s) links; nothing the commenter typed is treated as markup. */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="space-y-2 leading-relaxed break-words">
      {parseCommentText(body).map((paragraph, p) => (
        <p key={p}>
          {paragraph.lines.map((line, l) => (
            <span key={l}>
              {l > 0 && <br />}
              {line.map((segment, s) =>
                segment.type === 'link' ? (
                  <a key={s} href={segment.href} rel="ugc nofollow noopener noreferrer" className="text-accent underline">
                    {segment.text}
                  </a>
                ) : (
                  <span key={s}>{segment.text}</span>
                ),
              )}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
