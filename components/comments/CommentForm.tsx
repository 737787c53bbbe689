import { postCommentFromPage } from '@/lib/actions/comments';
import { MAX_COMMENT } from '@/lib/comments/constants';
import { Button } from '@/components/ui/button';
import { ComposerFields, SignInPrompt } from './ComposerFields';
import { LazyComposer } from './LazyComposer';

/**
 * The comment form as the cached page carries it: plain HTML that posts without JavaScript. With
 * JavaScript, signed-out readers see the sign-in prompt instead (chosen by CSS before the page paints,
 * see viewerMarkScript), and a signed-in reader's form becomes the live composer once the reader
 * nears it or touches it; its code is not part of the page's first load.
 */
export function CommentForm({ articleId, slug, closesAt }: { articleId: number; slug: string; closesAt: string | null }) {
  const fieldId = `comment-${articleId}`;
  return (
    <LazyComposer articleId={articleId} slug={slug} closesAt={closesAt}>
      <SignInPrompt slug={slug} className="composer-signin" />
      <form action={postCommentFromPage} className="composer-form space-y-2" aria-label="Add a comment">
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="parentId" value="" />
        <input type="hidden" name="slug" value={slug} />
        <ComposerFields
          fieldId={fieldId}
          label="Add a comment"
          rows={4}
          textarea={{ maxLength: MAX_COMMENT }}
          count={`Up to ${MAX_COMMENT.toLocaleString('en-GB')} characters`}
          actions={<Button type="submit">Post comment</Button>}
          message={null}
        />
      </form>
    </LazyComposer>
  );
}
