import { ReaderLink } from '@/components/ui/ReaderLink';
import type { Article } from '@/lib/dal/types';
import { SiteTime } from '@/components/ui/SiteTime';

export function Byline({ article, readingMinutes }: { article: Article; readingMinutes: number }) {
  return (
    <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-1 border-y rule py-3 text-sm text-muted">
      {article.author && (
        <p>
          By{' '}
          {article.author.slug ? (
            <ReaderLink href={`/authors/${article.author.slug}`} rel="author" className="font-semibold text-ink hover:underline">
              <bdi>{article.author.name}</bdi>
            </ReaderLink>
          ) : (
            <bdi className="font-semibold text-ink">{article.author.name}</bdi>
          )}
        </p>
      )}
      <p>
        Published <SiteTime iso={article.publishedAt} format="datetime" zone />
      </p>
      {article.revisedAt && (
        <p>
          <span className="font-semibold text-accent">Updated</span> <SiteTime iso={article.revisedAt} format="datetime" zone />
        </p>
      )}
      <p>{readingMinutes} min read</p>
    </div>
  );
}
