import type { Metadata } from 'next';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { notFound } from 'next/navigation';
import { getFrontPage } from '@/lib/dal/articles';
import { getCommentCounts } from '@/lib/dal/comments';
import { buildPlaceholder } from '@/lib/routing';
import { ReaderFrame } from '@/app/(site)/reader-frame';
import { ArticleCard } from '@/components/articles/ArticleCard';
import { feedAlternates } from '@/lib/feeds/links';
import { pageSocialMetadata } from '@/lib/seo/page';

/** The home page. `/` is rewritten here (next.config.js) so the build never renders it. */
export const generateStaticParams = () => buildPlaceholder('edition');

const description = 'World news, politics, finance, business, technology, science and culture, with reader discussion.';

export const metadata: Metadata = {
  description,
  alternates: { canonical: '/', types: feedAlternates() },
  ...pageSocialMetadata({ title: 'NewsHub — independent news and analysis', description, path: '/' }),
};

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== 'latest') notFound();
  const front = await getFrontPage();
  const ids = [front.lead, ...front.top, ...front.latest, ...front.sections.flatMap((s) => s.articles)].filter((a) => a !== null).map((a) => a.id);
  const counts = await getCommentCounts([...new Set(ids)]);
  const withCount = <T extends { id: number }>(a: T) => ({ ...a, commentCount: counts[a.id] ?? 0 });

  return (
    <ReaderFrame current="">
      <h1 className="sr-only">NewsHub: today’s top stories</h1>
      {front.lead ? (
        <>
          <section aria-label="Lead story" className="border-b rule pb-8">
            <ArticleCard article={withCount(front.lead)} variant="lead" headingLevel={2} />
          </section>
          <section aria-labelledby="top-stories" className="border-b rule py-8">
            <h2 id="top-stories" className="mb-4 kicker">
              Top stories
            </h2>
            <ul className="grid gap-8 sm:grid-cols-2 xl:grid-cols-4">
              {front.top.map((a) => (
                <li key={a.id}>
                  <ArticleCard article={withCount(a)} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="latest" className="border-b rule py-8">
            <h2 id="latest" className="mb-4 kicker">
              Latest
            </h2>
            <ul className="grid gap-x-8 gap-y-5 sm:grid-cols-2">
              {front.latest.map((a) => (
                <li key={a.id} className="border-t rule pt-4">
                  <ArticleCard article={withCount(a)} variant="compact" />
                </li>
              ))}
            </ul>
          </section>
          {front.sections.map(({ section, articles }) => (
            <section key={section.slug} aria-labelledby={`row-${section.slug}`} className="border-b rule py-8">
              <div className="mb-4 flex items-baseline justify-between">
                <h2 id={`row-${section.slug}`} className="headline text-2xl font-bold">
                  <ReaderLink href={`/${section.slug}`} className="hover:underline">
                    {section.name}
                  </ReaderLink>
                </h2>
                <ReaderLink href={`/${section.slug}`} className="more-link">
                  More {section.name.toLowerCase()} <span aria-hidden>→</span>
                </ReaderLink>
              </div>
              <div className="grid gap-8 md:grid-cols-[3fr_2fr]">
                <ArticleCard article={withCount(articles[0]!)} showSection={false} />
                <ul className="space-y-5">
                  {articles.slice(1).map((a) => (
                    <li key={a.id} className="stack-item">
                      <ArticleCard article={withCount(a)} variant="compact" showSection={false} />
                    </li>
                  ))}
                </ul>
              </div>
            </section>
          ))}
        </>
      ) : (
        <p className="py-16 text-center text-muted">Nothing has been published yet. Check back soon.</p>
      )}
    </ReaderFrame>
  );
}
