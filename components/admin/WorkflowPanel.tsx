import type { ArticleStatus } from '@/lib/domain';
import { transitionArticleAction } from '@/lib/actions/admin-articles';
import { ActionForm } from './ActionForm';
import { siteTime } from '@/lib/time/site-time';
import { ScheduleInput } from './ScheduleInput';
import { StatusBadge } from './StatusBadge';

/** The workflow buttons this person may use for this article. */
export function WorkflowPanel({
  id,
  status,
  publishedAt,
  canPublish,
  canEdit,
}: {
  id: number;
  status: ArticleStatus;
  publishedAt: string | null;
  canPublish: boolean;
  canEdit: boolean;
}) {
  const to = (target: ArticleStatus) => ({ id: String(id), to: target });
  return (
    <section aria-label="Workflow" className="flex flex-wrap items-center gap-3 rounded border rule p-3 text-sm">
      <span>
        Status: <StatusBadge status={status} />
        {publishedAt && (status === 'published' || status === 'scheduled') && (
          <span className="ml-2 text-muted">
            {status === 'scheduled' ? 'goes live ' : 'since '}
            {siteTime(publishedAt, 'datetime', { zone: true })}
          </span>
        )}
      </span>
      {!canPublish && canEdit && status === 'draft' && (
        <ActionForm action={transitionArticleAction} fields={to('review')} label="Submit for review" pendingLabel="Submitting…" />
      )}
      {!canPublish && canEdit && status === 'review' && (
        <ActionForm action={transitionArticleAction} fields={to('draft')} label="Back to draft" pendingLabel="Moving…" tone="quiet" />
      )}
      {canPublish && status !== 'published' && (
        <ActionForm action={transitionArticleAction} fields={to('published')} label="Publish now" pendingLabel="Publishing…" />
      )}
      {canPublish && status !== 'published' && (
        <ActionForm action={transitionArticleAction} fields={to('scheduled')} label="Schedule" pendingLabel="Scheduling…" tone="quiet" ariaLabel="Schedule">
          <ScheduleInput />
        </ActionForm>
      )}
      {canPublish && (status === 'published' || status === 'scheduled') && (
        <ActionForm
          action={transitionArticleAction}
          fields={to('archived')}
          label="Unpublish"
          pendingLabel="Unpublishing…"
          tone="danger"
          confirm="Remove it from the site?"
        />
      )}
      {canPublish && status !== 'draft' && status !== 'published' && (
        <ActionForm action={transitionArticleAction} fields={to('draft')} label="Back to draft" pendingLabel="Moving…" tone="quiet" />
      )}
    </section>
  );
}
