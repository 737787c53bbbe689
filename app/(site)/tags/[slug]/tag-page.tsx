import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTagPage } from '@/lib/dal/articles';
import { feedAlternates } from '@/lib/feeds/links';
import { pageSocialMetadata } from '@/lib/seo/page';
import { ReaderFrame } from '@/app/(site)/reader-frame';
import { ListingHeader } from '@/components/articles/ListingHeader';
import { ArticleList } from '@/components/articles/ArticleList';
import { getCommentCounts } from '@/lib/dal/comments';

export async function tagMetadata(slug: string, page: number): Promise<Metadata> {
  const data = await getTagPage(slug, page);
  if (!data) return {};
  const title = page > 1 ? `${data.tag.name} — page ${page}` : data.tag.name;
  const description = `NewsHub coverage of ${data.tag.name}.`;
  const canonical = page > 1 ? `/tags/${slug}/page/${page}` : `/tags/${slug}`;
  return {
    title,
    description,
    ...pageSocialMetadata({ title: `${title} | NewsHub`, description, path: canonical }),
    alternates: { canonical, types: feedAlternates() },
  };
}

export async function TagPage({ slug, page }: { slug: string; page: number }) {
  const data = await getTagPage(slug, page);
  if (!data || (page > 1 && page > data.articles.totalPages)) notFound();
  const counts = await getCommentCounts(data.articles.items.map((a) => a.id));
  return (
    <ReaderFrame>
      <ListingHeader
        kicker="Topic"
        title={data.tag.name}
        description={`${data.articles.total} ${data.articles.total === 1 ? 'story' : 'stories'} on ${data.tag.name}.`}
        page={page}
      />
      <ArticleList page={data.articles} counts={counts} basePath={`/tags/${slug}`} emptyText={`No published stories on ${data.tag.name} yet.`} />
    </ReaderFrame>
  );
}
