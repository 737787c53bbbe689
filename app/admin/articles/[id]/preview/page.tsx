import { notFound } from 'next/navigation';
import { idOr404 } from '@/lib/routing-params';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { getArticleForNewsroom } from '@/lib/dal/admin/article-editor';
import { ArticlePreview } from '@/components/admin/ArticlePreview';
import { StatusBadge } from '@/components/admin/StatusBadge';

export const metadata = { title: 'Preview' };

/** Staff preview of any story in any state, rendered per request. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idOr404((await params).id);
  const found = await getArticleForNewsroom(await newsroomActor(), id);
  if (!found.ok) notFound();
  const article = found.value;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-4 flex flex-wrap items-center gap-2 rounded border border-dashed p-2 text-sm">
        Preview of version {article.version} · <StatusBadge status={article.status} />
        <a href={`/api/admin/preview-mode?slug=${article.slug}`} className="underline">
          Preview at its address (/articles/{article.slug})
        </a>
      </p>
      <ArticlePreview article={article} />
    </div>
  );
}
