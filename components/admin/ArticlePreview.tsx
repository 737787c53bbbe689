import type { EditableArticle } from '@/lib/dal/admin/article-editor';
import { readingMinutes } from '@/lib/content/markdown';
import { ArticleBody } from '@/components/articles/ArticleBody';
import { HeroFigure } from '@/components/articles/HeroFigure';

/** A story in any state, drawn with the public page's own components. */
export function ArticlePreview({ article }: { article: EditableArticle }) {
  return (
    <article aria-labelledby="article-headline">
      <p className="kicker">{article.kind}</p>
      <h1 id="article-headline" className="mt-2 headline text-4xl leading-[1.1] font-bold sm:text-5xl">
        {article.title}
      </h1>
      <p className="mt-4 text-xl leading-relaxed text-muted">{article.standfirst}</p>
      <p className="mt-3 text-sm text-muted">{readingMinutes(article.body)} min read</p>
      {article.heroImageId && (
        <HeroFigure hero={{ src: `/media/${article.heroImageId}`, alt: article.heroAlt, caption: article.heroCaption, credit: article.heroCredit }} />
      )}
      <ArticleBody markdown={article.body} />
    </article>
  );
}
