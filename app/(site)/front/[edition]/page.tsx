import type { Metadata } from 'next';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { notFound } from 'next/navigation';
import { getFrontPage } from '@/lib/dal/articles';
import { getCommentCounts, getMostDiscussed } from '@/lib/dal/comments';
import { buildPlaceholder } from '@/lib/routing';
import { ReaderFrame } from '@/app/(site)/reader-frame';
import { ArticleCard } from '@/components/articles/ArticleCard';
import { MostDiscussed } from '@/components/articles/MostDiscussed';
import { MostRead } from '@/components/articles/MostRead';
import { BriefingPromo } from '@/components/newsletters/BriefingPromo';
import { getMostRead } from '@/lib/dal/most-read';
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
  const [front, mostDiscussed, mostRead] = await Promise.all([getFrontPage(), getMostDiscussed(5), getMostRead(5)]);
  const ids = [front.lead, ...front.top, ...front.latest, ...front.sections.flatMap((s) => s.articles)].filter((a) => a !== null).map((a) => a.id);
  const counts = await getCommentCounts([...new Set(ids)]);
  const withCount = <T extends { id: number }>(a: T) => ({ ...a, commentCount: counts[a.id] ?? 0 });

  return (
    <ReaderFrame current="">
      <h1 className="sr-only">NewsHub: today’s top stories</h1>
      {front.lead ? (
        <>
          <div className="grid gap-8 border-b rule pb-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,3fr)]">
            <section aria-label="Lead story">
              <ArticleCard article={withCount(front.lead)} variant="lead" headingLevel={2} />
            </section>
            {front.top.length > 0 && (
              <section aria-labelledby="top-stories" className="border-t rule pt-4 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-8">
                <h2 id="top-stories" className="sr-only">
                  Top stories
                </h2>
                <ul className="divide-y divide-rule">
                  {front.top.map((a, i) => (
                    <li key={a.id} className="py-4 first:pt-0">
                      {i < 2 ? <ArticleCard article={withCount(a)} image={false} /> : <ArticleCard article={withCount(a)} variant="compact" />}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
          <div className="grid gap-8 border-b rule py-8 render-when-near lg:grid-cols-[minmax(0,5fr)_minmax(0,3fr)]">
            {front.latest.length > 0 && (
              <section aria-labelledby="latest">
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
            )}
            <div className="space-y-8 lg:border-l lg:rule lg:pl-8">
              <MostRead articles={mostRead} />
              <MostDiscussed articles={mostDiscussed} />
              <BriefingPromo />
            </div>
          </div>
          {front.sections.map(({ section, articles }, index) => (
            <section key={section.slug} aria-labelledby={`row-${section.slug}`} className="border-b rule py-8 render-when-near">
              <div className="mb-4 flex items-baseline justify-between border-t-2 border-ink pt-2">
                <h2 id={`row-${section.slug}`} className="headline text-2xl font-bold">
                  <ReaderLink href={`/${section.slug}`} className="hover:underline">
                    {section.name}
                  </ReaderLink>
                </h2>
                <ReaderLink href={`/${section.slug}`} className="more-link">
                  More {section.name.toLowerCase()} <span aria-hidden>→</span>
                </ReaderLink>
              </div>
              {/* Fronts alternate between a lead with a stack and three abreast, so no two in a row look alike. */}
              {index % 2 === 1 && articles.length === 3 ? (
                <ul className="grid gap-8 sm:grid-cols-3">
                  {articles.map((a) => (
                    <li key={a.id}>
                      <ArticleCard article={withCount(a)} showSection={false} />
                    </li>
                  ))}
                </ul>
              ) : (
                <div className="grid gap-8 md:grid-cols-[3fr_2fr]">
                  <ArticleCard article={withCount(articles[0]!)} showSection={false} />
                  {articles.length > 1 && (
                    <ul className="space-y-5">
                      {articles.slice(1).map((a) => (
                        <li key={a.id} className="stack-item">
                          <ArticleCard article={withCount(a)} variant="compact" showSection={false} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </section>
          ))}
        </>
      ) : (
        <p className="py-16 text-center text-muted">Nothing has been published yet. Check back soon.</p>
      )}
    </ReaderFrame>
  );
}
