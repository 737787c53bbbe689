import { listSections } from '@/lib/dal/articles';
import { getRecentCommentsLive } from '@/lib/dal/comments';
import { getBreakingNews } from '@/lib/dal/live';
import { ReaderShell } from '@/components/layout/ReaderShell';

/**
 * Every reader page's frame with its data: the sections for the navigation, the breaking-news banner and
 * the newest comments for the sidebar (all cached reads, tagged). Pages render it after their own
 * not-found checks, so a placeholder render at build time never reaches the database. A page with live
 * parts of its own (an article's thread, a live blog) passes the article and the position it read them at.
 */
export async function ReaderFrame({ current, live, children }: { current?: string; live?: { articleId: number; cursor: number }; children: React.ReactNode }) {
  const [sections, recent, breaking] = await Promise.all([listSections(), getRecentCommentsLive(5), getBreakingNews()]);
  const section = current ? sections.find((s) => s.slug === current) : undefined;
  const cursor = Math.min(recent.liveCursor, breaking.liveCursor, live?.cursor ?? Infinity);
  return (
    <ReaderShell
      current={current}
      sections={sections}
      recentComments={recent.comments}
      commentsSection={section}
      banner={breaking.banner}
      live={{ articleId: live?.articleId ?? null, cursor }}
    >
      {children}
    </ReaderShell>
  );
}
