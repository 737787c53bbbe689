import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleCard } from '@/lib/dal/types';

/** The stories with the most reader comments lately, ranked (the front page reads them). */
export function MostDiscussed({ articles }: { articles: (ArticleCard & { commentCount: number })[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="most-discussed">
      <h2 id="most-discussed" className="mb-2 kicker">
        Most discussed
      </h2>
      <ol className="divide-y divide-rule">
        {articles.map((a, i) => (
          <li key={a.id} className="card flex gap-3 py-3">
            <span aria-hidden className="w-6 shrink-0 headline text-2xl leading-none font-bold text-accent">
              {i + 1}
            </span>
            <div>
              <h3 className="headline leading-snug font-semibold">
                <ReaderLink href={`/articles/${a.slug}`} className="card-link">
                  {a.title}
                </ReaderLink>
              </h3>
              <p className="mt-1 text-xs text-muted">
                {a.commentCount} {a.commentCount === 1 ? 'comment' : 'comments'}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
