import Link from 'next/link';
import type { Article } from '@/lib/dal/types';
import { LocalTime } from '@/components/ui/LocalTime';

export function Byline({ article, readingMinutes }: { article: Article; readingMinutes: number }) {
  return (
    <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-1 border-y rule py-3 text-sm text-muted">
      {article.author && (
        <p>
          By{' '}
          {article.author.slug ? (
            <Link href={`/authors/${article.author.slug}`} rel="author" className="font-semibold text-ink hover:underline">
              <bdi>{article.author.name}</bdi>
            </Link>
          ) : (
            <bdi className="font-semibold text-ink">{article.author.name}</bdi>
          )}
        </p>
      )}
      <p>
        Published <LocalTime iso={article.publishedAt} format="datetime" />
      </p>
      {article.revisedAt && (
        <p>
          <span className="font-semibold text-accent">Updated</span> <LocalTime iso={article.revisedAt} format="datetime" />
        </p>
      )}
      <p>{readingMinutes} min read</p>
    </div>
  );
}
