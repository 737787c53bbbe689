import type { ArticleCard } from '@/lib/dal/types';
import { RankedStories } from './RankedStories';

/** The stories with the most reader comments lately, ranked (the front page reads them). */
export function MostDiscussed({ articles }: { articles: (ArticleCard & { commentCount: number })[] }) {
  return (
    <RankedStories
      id="most-discussed"
      title="Most discussed"
      articles={articles}
      note={(a) => `${a.commentCount} ${a.commentCount === 1 ? 'comment' : 'comments'}`}
    />
  );
}
