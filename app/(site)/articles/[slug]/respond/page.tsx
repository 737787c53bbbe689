import type { Metadata } from 'next';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getPublishedArticle } from '@/lib/dal/articles';
import { currentUser } from '@/lib/dal/session';
import { readDraft } from '@/lib/dal/comment-drafts';
import { DRAFT_COOKIE } from '@/lib/comments/constants';
import { commentFailureMessage } from '@/lib/comments/failure-messages';
import { slugOr404 } from '@/lib/routing-params';
import { CommentComposer } from '@/components/comments/CommentComposer';

export const metadata: Metadata = { title: 'Your comment', robots: { index: false } };

/** Rendered whole on each request: this page exists for readers without JavaScript. */
export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where a reader without JavaScript lands after signing in, or when a comment needs another try. */
async function Respond({ params, searchParams }: Props) {
  const slug = slugOr404((await params).slug);
  const found = await getPublishedArticle(slug);
  if (found.kind !== 'article') notFound();
  const { article } = found;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/articles/${slug}/respond`)}`);
  const draft = await readDraft((await cookies()).get(DRAFT_COOKIE)?.value, article.id);
  const query = await searchParams;
  const error = commentFailureMessage(typeof query.error === 'string' ? query.error : undefined);
  const held = query.held === '1';
  return (
    <>
      <p className="kicker">Comments</p>
      <h1 className="mt-1 headline text-3xl font-bold">Your comment on “{article.title}”</h1>
      {held && (
        <p role="status" className="mt-4 rounded border border-dashed p-3">
          Thanks! Your comment is awaiting moderation and will appear once a moderator approves it.
        </p>
      )}
      {error && (
        <p role="status" aria-label="Comment form message" className="mt-4 text-accent">
          {error}
        </p>
      )}
      {!held && (
        <div className="mt-6">
          <CommentComposer
            articleId={article.id}
            slug={slug}
            parentId={draft?.parentId ?? null}
            initialBody={draft?.body ?? ''}
            label={`Comment as ${user.name}`}
          />
        </div>
      )}
      <p className="mt-8">
        <ReaderLink href={`/articles/${slug}#comments`} className="font-medium text-accent underline">
          ← Back to the story and its comments
        </ReaderLink>
      </p>
    </>
  );
}

export default async function RespondPage(props: Props) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <Respond {...props} />
    </main>
  );
}
