import { listSections } from '@/lib/dal/articles';
import { getRecentComments } from '@/lib/dal/comments';
import { ReaderShell } from '@/components/layout/ReaderShell';

/**
 * Every reader page's frame with its data: the sections for the navigation and the newest comments
 * for the sidebar (both cached reads, tagged). Pages render it after their own not-found checks.
 */
export async function ReaderFrame({ current, children }: { current?: string; children: React.ReactNode }) {
  const [sections, recentComments] = await Promise.all([listSections(), getRecentComments(5)]);
  const section = current ? sections.find((s) => s.slug === current) : undefined;
  return (
    <ReaderShell current={current} sections={sections} recentComments={recentComments} commentsSection={section}>
      {children}
    </ReaderShell>
  );
}
