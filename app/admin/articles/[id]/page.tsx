import Link from 'next/link';
import { siteTimeZone } from '@/lib/time/site-time';
import { notFound } from 'next/navigation';
import { idOr404 } from '@/lib/routing-params';
import { requireNewsroomActor } from '@/lib/dal/admin/actor';
import { getArticleForNewsroom } from '@/lib/dal/admin/article-editor';
import { sectionOptions, staffOptions } from '@/lib/dal/admin/article-list';
import { canPublish } from '@/lib/auth/permissions';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { WorkflowPanel } from '@/components/admin/WorkflowPanel';
import { CorrectionsPanel } from '@/components/admin/CorrectionsPanel';
import { listCorrections } from '@/lib/dal/admin/article-corrections';
import { listLiveEntries } from '@/lib/dal/admin/live-blog';
import { LIVE_KIND } from '@/lib/dal/live-blog';
import { LiveBlogPanel } from '@/components/admin/LiveBlogPanel';
import { StoryAudiencePanel } from '@/components/admin/StoryAudiencePanel';
import { storyAudience } from '@/lib/dal/admin/audience';

export const metadata = { title: 'Edit article' };

export default async function EditArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const id = idOr404((await params).id);
  const actor = await requireNewsroomActor();
  const [found, sections, staff, corrections, audience] = await Promise.all([
    getArticleForNewsroom(actor, id),
    sectionOptions(actor),
    staffOptions(actor),
    listCorrections(actor, id),
    storyAudience(actor, id),
  ]);
  if (!found.ok) notFound();
  const article = found.value;
  const created = (await searchParams).created === '1';
  const liveEntries = article.kind === LIVE_KIND ? await listLiveEntries(actor, article.id) : null;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="headline text-3xl font-bold">Edit article</h1>
        <p className="flex gap-4 text-sm">
          <Link href={`/admin/articles/${id}/revisions`} className="underline">
            Revisions
          </Link>
          {article.status === 'published' && (
            <Link href={`/articles/${article.slug}`} className="underline">
              View on site
            </Link>
          )}
        </p>
      </div>
      {created && (
        <p role="status" className="mb-4 rounded border border-dashed p-3 text-sm">
          Draft created. Keep writing, then {canPublish(actor) ? 'publish or schedule it' : 'submit it for review'}.
        </p>
      )}
      {!article.canEdit && (
        <p className="mb-4 rounded border border-dashed p-3 text-sm">
          You can read this story but not change it: writers edit their own drafts and stories in review.
        </p>
      )}
      <div className="mb-5">
        <WorkflowPanel id={article.id} status={article.status} publishedAt={article.publishedAt} canPublish={canPublish(actor)} canEdit={article.canEdit} />
      </div>
      {audience.ok && (article.status === 'published' || audience.value.total > 0) && <StoryAudiencePanel audience={audience.value} />}
      {liveEntries && (
        <LiveBlogPanel
          articleId={article.id}
          entries={liveEntries.ok ? liveEntries.value : []}
          ended={article.liveEndedAt !== null}
          published={article.status === 'published'}
          canEnd={canPublish(actor)}
          timeZone={siteTimeZone()}
        />
      )}
      <CorrectionsPanel
        articleId={article.id}
        corrections={corrections.ok ? corrections.value : []}
        canCorrect={canPublish(actor) && article.status === 'published'}
        timeZone={siteTimeZone()}
      />
      <ArticleEditor
        article={{
          ...article,
          sectionId: article.sectionId,
          authorId: article.authorId ?? '',
          tags: article.tags.join(', '),
          heroImageId: article.heroImageId ?? '',
        }}
        sections={sections}
        staff={staff}
        canPublish={canPublish(actor)}
        canEdit={article.canEdit}
      />
    </>
  );
}
