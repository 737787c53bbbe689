import type { RecentComment, Section } from '@/lib/dal/types';
import type { Banner } from '@/lib/content/live-html';
import { SectionNav } from './SectionNav';
import { BreakingBanner } from './BreakingBanner';
import { RecentComments } from '@/components/comments/RecentComments';
import { LiveUpdates } from '@/components/live/LiveUpdates';

/**
 * The frame of every reader page: section navigation, the breaking-news banner, the page, and the
 * Recent Comments sidebar, kept current while the page is open by the live stream. The page reads its
 * data (app/(site)/reader-frame.tsx) after its own not-found checks, so a placeholder render at build
 * time never reaches the database.
 */
export function ReaderShell({
  current,
  sections,
  recentComments,
  commentsSection,
  banner,
  live,
  children,
}: {
  current?: string;
  sections: Section[];
  recentComments: RecentComment[];
  commentsSection?: Section;
  banner: Banner | null;
  live: { articleId: number | null; cursor: number };
  children: React.ReactNode;
}) {
  return (
    <>
      <SectionNav current={current} sections={sections} />
      <BreakingBanner banner={banner} />
      <div className="mx-auto grid max-w-7xl gap-10 px-4 pt-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_18rem] print:block print:px-0">
        <main id="main" tabIndex={-1} className="min-w-0 focus:outline-none">
          {children}
        </main>
        <aside aria-labelledby="recent-comments-heading" className="render-when-near lg:pt-1 print:hidden">
          <RecentComments comments={recentComments} section={commentsSection} />
        </aside>
      </div>
      <LiveUpdates articleId={live.articleId} after={live.cursor} />
    </>
  );
}
