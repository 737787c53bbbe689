import { rankedItemsHtml } from '@/lib/content/card-html';
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
      <ol className="divide-y divide-rule" dangerouslySetInnerHTML={{ __html: rankedItemsHtml(articles, note) }} />
    </section>
  );
}
