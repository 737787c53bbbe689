import type { Metadata } from 'next';
import { pageSocialMetadata } from '@/lib/seo/page';
import { notFound } from 'next/navigation';
import { getAuthorPage } from '@/lib/dal/authors';
import { ReaderFrame } from '@/app/(site)/reader-frame';
import { ListingHeader } from '@/components/articles/ListingHeader';
import { AuthorInitials } from '@/components/ui/AuthorInitials';
import { ArticleList } from '@/components/articles/ArticleList';
import { getCommentCounts } from '@/lib/dal/comments';
import { feedAlternates, feedPaths } from '@/lib/feeds/links';

export async function authorMetadata(slug: string, page: number): Promise<Metadata> {
  const data = await getAuthorPage(slug, page);
  if (!data) return {};
  const title = page > 1 ? `${data.author.name} — page ${page}` : data.author.name;
  const description = data.author.bio ?? `Stories by ${data.author.name} on NewsHub.`;
  const canonical = page > 1 ? `/authors/${slug}/page/${page}` : `/authors/${slug}`;
  return {
    title,
    description,
    ...pageSocialMetadata({ title: `${title} | NewsHub`, description, path: canonical }),
    alternates: {
      canonical,
      types: feedAlternates({ title: `${data.author.name} | NewsHub`, ...feedPaths.author(slug) }),
    },
  };
}

export async function AuthorPage({ slug, page }: { slug: string; page: number }) {
  const data = await getAuthorPage(slug, page);
  if (!data || (page > 1 && page > data.articles.totalPages)) notFound();
  const counts = await getCommentCounts(data.articles.items.map((a) => a.id));
  return (
    <ReaderFrame>
      <ListingHeader kicker="Author" title={data.author.name} description={data.author.bio} page={page} visual={<AuthorInitials name={data.author.name} />} />
      <ArticleList page={data.articles} counts={counts} basePath={`/authors/${slug}`} emptyText={`${data.author.name} has no published stories yet.`} />
    </ReaderFrame>
  );
}
