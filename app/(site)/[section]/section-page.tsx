import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getSectionPage } from '@/lib/dal/articles';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { ReaderFrame } from '@/app/(site)/reader-frame';
import { ListingHeader } from '@/components/articles/ListingHeader';
import { ArticleList } from '@/components/articles/ArticleList';
import { getCommentCounts } from '@/lib/dal/comments';
import { feedAlternates, feedPaths } from '@/lib/feeds/links';
import { pageSocialMetadata } from '@/lib/seo/page';

export async function sectionMetadata(slug: string, page: number): Promise<Metadata> {
  const data = await getSectionPage(slug, page);
  if (!data) return {};
  const title = page > 1 ? `${data.section.name} — page ${page}` : data.section.name;
  const canonical = page > 1 ? `/${slug}/page/${page}` : `/${slug}`;
  return {
    title,
    description: data.section.description,
    ...pageSocialMetadata({ title: `${title} | NewsHub`, description: data.section.description, path: canonical }),
    alternates: {
      canonical,
      types: feedAlternates({ title: `${data.section.name} | NewsHub`, ...feedPaths.section(slug) }),
    },
  };
}

export async function SectionPage({ slug, page }: { slug: string; page: number }) {
  const data = await getSectionPage(slug, page);
  if (!data || (page > 1 && page > data.articles.totalPages)) notFound();
  const counts = await getCommentCounts(data.articles.items.map((a) => a.id));
  return (
    <ReaderFrame current={slug}>
      <ListingHeader
        kicker="Section"
        title={data.section.name}
        description={data.section.description}
        page={page}
        footer={
          <p className="mt-3 text-sm">
            <ReaderLink href={`/newsletters?list=section:${slug}`} className="more-link">
              Get {data.section.name} daily by email <span aria-hidden>→</span>
            </ReaderLink>
          </p>
        }
      />
      <ArticleList
        page={data.articles}
        counts={counts}
        basePath={`/${slug}`}
        showSection={false}
        withLead
        emptyText={`No ${data.section.name.toLowerCase()} stories have been published yet.`}
      />
    </ReaderFrame>
  );
}
