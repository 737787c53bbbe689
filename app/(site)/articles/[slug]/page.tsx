import type { Metadata } from 'next';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { notFound, permanentRedirect } from 'next/navigation';
import { draftMode } from 'next/headers';
import { DraftPreview } from './draft-preview';
import { getPublishedArticle } from '@/lib/dal/articles';
import { getConversation } from '@/lib/dal/comments';
import { getLiveBlog, LIVE_KIND } from '@/lib/dal/live-blog';
import { LiveBlog, LiveStatus } from '@/components/articles/LiveBlog';
import { countVisible } from '@/lib/content/thread';
import { excerpt } from '@/lib/content/excerpt';
import { readingMinutes } from '@/lib/content/markdown';
import { buildPlaceholder } from '@/lib/routing';
import { slugOr404 } from '@/lib/routing-params';
import { ReaderFrame } from '@/app/(site)/reader-frame';
import { AuthorInitials } from '@/components/ui/AuthorInitials';
import { HeroFigure } from '@/components/articles/HeroFigure';
import { Byline } from '@/components/articles/Byline';
import { ArticleBody } from '@/components/articles/ArticleBody';
import { ArticleCard } from '@/components/articles/ArticleCard';
import { CommentThread, FeaturedComments } from '@/components/comments/CommentThread';
import { ShareLinks } from '@/components/articles/ShareLinks';
import { CorrectionNotice, CorrectionsList } from '@/components/articles/Corrections';
import { CommentForm } from '@/components/comments/CommentForm';
import { CommentsClosed } from '@/components/comments/ComposerFields';
import { LiveThread } from '@/components/comments/LiveThread';
import { PendingComments } from '@/components/comments/PendingComments';
import { ThreadOrderLinks } from '@/components/comments/ThreadOrderLinks';
import { JsonLd } from '@/components/seo/JsonLd';
import { siteUrl } from '@/lib/env';
import { articleFeedAlternates, articleJsonLd, articleSocialMetadata } from '@/lib/seo/article';

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = () => buildPlaceholder('slug');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await getPublishedArticle(slugOr404(slug));
  if (found.kind !== 'article') return {};
  const { article } = found;
  const description = excerpt(article.standfirst, 200);
  return {
    title: article.title,
    description,
    alternates: { canonical: `/articles/${article.slug}`, types: articleFeedAlternates(article) },
    ...articleSocialMetadata(article, description, siteUrl()),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  // Staff preview mode (a cookie only the newsroom can set) bypasses the cache and shows any state.
  if ((await draftMode()).isEnabled) return <DraftPreview slug={slugOr404(slug)} />;
  const found = await getPublishedArticle(slugOr404(slug));
  if (found.kind === 'redirect') permanentRedirect(`/articles/${found.slug}`);
  if (found.kind === 'missing') notFound();
  const { article, related } = found;
  const isLiveBlog = article.kind === LIVE_KIND;
  const [{ thread, liveCursor }, liveBlog] = await Promise.all([getConversation(article.id), isLiveBlog ? getLiveBlog(article.id) : null]);
  const commentCount = countVisible(thread);
  const coverage = liveBlog ? { endedAt: article.liveEndedAt, entries: liveBlog.entries } : undefined;

  return (
    <ReaderFrame current={article.section.slug} live={{ articleId: article.id, cursor: Math.min(liveCursor, liveBlog?.liveCursor ?? Infinity) }}>
      <JsonLd data={articleJsonLd(article, siteUrl(), coverage)} />
      <article aria-labelledby="article-headline">
        <header>
          <p className="kicker">
            {article.kind} ·{' '}
            <ReaderLink href={`/${article.section.slug}`} className="hover:underline">
              {article.section.name}
            </ReaderLink>
          </p>
          <h1 id="article-headline" className="mt-2 max-w-[48rem] headline text-4xl leading-[1.1] font-bold sm:text-5xl">
            {article.title}
          </h1>
          <p className="mt-4 max-w-[42rem] font-serif text-xl leading-relaxed text-muted sm:text-2xl">{article.standfirst}</p>
          <Byline article={article} readingMinutes={readingMinutes(article.body)} />
          {isLiveBlog && <LiveStatus endedAt={article.liveEndedAt} />}
          <CorrectionNotice corrections={article.corrections} />
        </header>
        {article.hero && <HeroFigure hero={article.hero} priority />}
        <div className="max-w-[42rem]">
          <ArticleBody markdown={article.body} />
          {liveBlog && <LiveBlog entries={liveBlog.entries} />}
          <CorrectionsList corrections={article.corrections} />
          {article.tags.length > 0 && (
            <nav aria-label="Topics" className="mt-10 print:hidden">
              <ul className="flex flex-wrap gap-2">
                {article.tags.map((tag) => (
                  <li key={tag.slug}>
                    <ReaderLink href={`/tags/${tag.slug}`} className="chip">
                      {tag.name}
                    </ReaderLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <ShareLinks url={`${siteUrl()}/articles/${article.slug}`} title={article.title} />
          {article.author && article.authorBio && (
            <aside aria-label="About the author" className="mt-10 flex items-start gap-4 border-t rule pt-5 text-sm">
              <AuthorInitials name={article.author.name} size="sm" />
              <p>
                <bdi className="font-semibold">{article.author.name}</bdi> — {article.authorBio}
              </p>
            </aside>
          )}
        </div>
      </article>

      <section id="comments" aria-labelledby="comments-heading" className="mt-14 max-w-[42rem] scroll-mt-6 render-when-near print:hidden">
        <h2 id="comments-heading" className="border-b-2 border-ink pb-2 headline text-2xl font-bold">
          Comments{' '}
          <span className="text-lg font-normal text-muted" data-live-comment-count>
            ({commentCount})
          </span>
        </h2>
        {article.commentsOpen ? (
          <div className="mt-5">
            <CommentForm articleId={article.id} slug={article.slug} closesAt={article.commentsCloseAt} />
            <PendingComments articleId={article.id} />
          </div>
        ) : (
          <CommentsClosed />
        )}
        <FeaturedComments nodes={thread} />
        <p className="py-6 text-muted" data-live-no-comments hidden={thread.length > 0}>
          {article.commentsOpen ? 'No comments yet. Be the first to share your view.' : 'No comments were posted on this story.'}
        </p>
        {thread.length > 1 && (
          <noscript>
            <ThreadOrderLinks slug={article.slug} current={null} />
          </noscript>
        )}
        <LiveThread
          articleId={article.id}
          slug={article.slug}
          commentsOpen={article.commentsOpen}
          closesAt={article.commentsCloseAt}
          sortable={thread.length > 1}
        >
          <CommentThread nodes={thread} />
        </LiveThread>
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-14 border-t-2 rule pt-5 render-when-near print:hidden">
          <h2 id="related-heading" className="mb-4 kicker">
            Related stories
          </h2>
          <ul className={related.length >= 3 ? 'grid gap-8 sm:grid-cols-3' : 'grid gap-8 sm:grid-cols-2'}>
            {related.slice(0, 3).map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </ReaderFrame>
  );
}
