import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReaderFrame } from '@/app/(site)/reader-frame';
import { ListingHeader } from '@/components/articles/ListingHeader';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { TimeAgo } from '@/components/ui/TimeAgo';
import { listSections } from '@/lib/dal/articles';
import { getRecentComments } from '@/lib/dal/comments';
import { pageSocialMetadata } from '@/lib/seo/page';

const LIMIT = 40;

function describe(sectionName?: string) {
  const title = sectionName ? `Recent comments in ${sectionName}` : 'Recent comments';
  const description = sectionName
    ? `What readers are saying under our ${sectionName.toLowerCase()} stories, newest first.`
    : 'What readers are saying under our stories, newest first.';
  return { title, description };
}

export async function commentsMetadata(sectionSlug?: string): Promise<Metadata> {
  const section = sectionSlug ? (await listSections()).find((s) => s.slug === sectionSlug) : undefined;
  if (sectionSlug && !section) return {};
  const { title, description } = describe(section?.name);
  const path = section ? `/comments/${section.slug}` : '/comments';
  return { title, description, alternates: { canonical: path }, ...pageSocialMetadata({ title: `${title} | NewsHub`, description, path }) };
}

/** The newest published comments, site-wide or in one section, each linked to its place in the thread. */
export async function RecentCommentsPage({ sectionSlug }: { sectionSlug?: string }) {
  const sections = await listSections();
  const section = sectionSlug ? sections.find((s) => s.slug === sectionSlug) : undefined;
  if (sectionSlug && !section) notFound();
  const comments = await getRecentComments(LIMIT, { sectionSlug: section?.slug, excerptChars: 400 });
  const { title, description } = describe(section?.name);
  return (
    <ReaderFrame>
      <ListingHeader kicker="Conversation" title={title} description={description} page={1} />
      <nav aria-label="Comments by section" className="-mt-3 mb-6 flex flex-wrap gap-2">
        <ReaderLink href="/comments" className="chip" aria-current={section ? undefined : 'page'}>
          All sections
        </ReaderLink>
        {sections.map((s) => (
          <ReaderLink key={s.slug} href={`/comments/${s.slug}`} className="chip" aria-current={s.slug === section?.slug ? 'page' : undefined}>
            {s.name}
          </ReaderLink>
        ))}
      </nav>
      {comments.length === 0 ? (
        <p className="text-muted">
          No comments {section ? `on ${section.name.toLowerCase()} stories ` : ''}yet. Readers can comment under any story that is open to comments.
        </p>
      ) : (
        <ol className="divide-y divide-rule" data-testid="comments-list">
          {comments.map((c) => (
            <li key={c.id} className="py-5">
              <p className="text-sm text-muted">
                <bdi className="font-semibold text-ink">{c.authorName}</bdi> on{' '}
                <ReaderLink href={`/articles/${c.articleSlug}#comment-${c.id}`} className="link-ink">
                  {c.articleTitle}
                </ReaderLink>{' '}
                <span className="whitespace-nowrap">
                  · <TimeAgo iso={c.createdAt} />
                </span>
              </p>
              <p className="mt-2 font-serif text-lg leading-relaxed">“{c.excerpt}”</p>
            </li>
          ))}
        </ol>
      )}
    </ReaderFrame>
  );
}
