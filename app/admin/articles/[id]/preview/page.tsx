import { notFound } from 'next/navigation';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { getArticleForNewsroom } from '@/lib/dal/admin/articles';
import { readingMinutes } from '@/lib/content/markdown';
import { ArticleBody } from '@/components/articles/ArticleBody';
import { HeroFigure } from '@/components/articles/HeroFigure';
import { StatusBadge } from '@/components/admin/StatusBadge';

export const metadata = { title: 'Preview' };

/** Staff preview of any story in any state, rendered per request with the public page's components. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const article = await getArticleForNewsroom(await newsroomActor(), id);
  if ('ok' in article) notFound();
  return (
    <article className="mx-auto max-w-3xl" aria-labelledby="preview-headline">
      <p className="mb-4 rounded border border-dashed p-2 text-sm">
        Preview of version {article.version} · <StatusBadge status={article.status} /> · readers will find it at /articles/{article.slug}
      </p>
      <p className="kicker">{article.kind}</p>
      <h1 id="preview-headline" className="headline mt-2 text-4xl leading-[1.1] font-bold sm:text-5xl">
        {article.title}
      </h1>
      <p className="mt-4 text-xl leading-relaxed text-muted">{article.standfirst}</p>
      <p className="mt-3 text-sm text-muted">{readingMinutes(article.body)} min read</p>
      {article.heroImageId && <HeroFigure hero={{ src: `/media/${article.heroImageId}`, alt: article.heroAlt, caption: article.heroCaption, credit: article.heroCredit }} />}
      <ArticleBody markdown={article.body} />
    </article>
  );
}
