import { ReaderLink } from '@/components/ui/ReaderLink';
import { notFound } from 'next/navigation';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { getArticleForNewsroom } from '@/lib/dal/admin/article-editor';
import { getArticleIdBySlug } from '@/lib/dal/admin/article-list';
import { ArticlePreview } from '@/components/admin/ArticlePreview';
import { StatusBadge } from '@/components/admin/StatusBadge';

/** A story as it will appear at its address, for staff in preview mode; everyone else gets a 404. */
export async function DraftPreview({ slug }: { slug: string }) {
  const actor = await newsroomActor();
  const id = await getArticleIdBySlug(actor, slug);
  if (!id) notFound();
  const found = await getArticleForNewsroom(actor, id);
  if (!found.ok) notFound();
  const article = found.value;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <p role="status" className="mb-6 flex flex-wrap items-center gap-2 rounded border border-dashed p-3 text-sm">
        Preview of version {article.version} · <StatusBadge status={article.status} /> · only newsroom staff can see this.
        <a href={`/api/admin/preview-mode?exit=1&slug=${slug}`} className="underline">
          Leave preview
        </a>
        <ReaderLink href={`/admin/articles/${id}`} className="underline">
          Back to the editor
        </ReaderLink>
      </p>
      <ArticlePreview article={article} />
    </main>
  );
}
