import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleCard } from '@/lib/dal/types';

/** A numbered list of stories with a line under each ("Most read", "Most discussed" on the front page). */
export function RankedStories<T extends ArticleCard>({
  id,
  title,
  articles,
  note,
}: {
  id: string;
  title: string;
  articles: T[];
  note?: (article: T) => string;
}) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 kicker">
        {title}
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
              {note && <p className="mt-1 text-xs text-muted">{note(a)}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
