import type { ArticleCard } from '@/lib/dal/types';
import { RankedStories } from './RankedStories';

/** The stories read most in the last 24 hours (the front page reads them); a section label under each. */
export function MostRead({ articles }: { articles: ArticleCard[] }) {
  return <RankedStories id="most-read" title="Most read" articles={articles} note={(a) => a.section?.name ?? ''} />;
}
