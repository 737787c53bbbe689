import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleCard as Card } from '@/lib/dal/types';
import { TimeAgo } from '@/components/ui/TimeAgo';
import { CardImage } from './HeroFigure';

type Variant = 'lead' | 'wide-lead' | 'standard' | 'compact' | 'row';

function Meta({ article, showSection }: { article: Card & { commentCount?: number }; showSection: boolean }) {
  return (
    <p className="meta">
      {showSection && (
        <ReaderLink href={`/${article.section.slug}`} className="meta-section">
          {article.section.name}
        </ReaderLink>
      )}
      {article.author && <bdi>{article.author.name}</bdi>}
      {typeof article.commentCount === 'number' && article.commentCount > 0 && (
        <span>
          {article.commentCount} {article.commentCount === 1 ? 'comment' : 'comments'}
        </span>
      )}
      {/* Last, so the room it keeps for the time the HTML states trails the line instead of opening a gap. */}
      <TimeAgo iso={article.publishedAt} />
    </p>
  );
}

/** The label above a headline; a running live blog says so with a pulse. */
function Kicker({ article }: { article: Card }) {
  if (article.live === 'running')
    return (
      <p className="kicker">
        <span className="live-label">
          <span className="live-dot" aria-hidden="true" />
          Live
        </span>
      </p>
    );
  return <p className="kicker">{article.live === 'ended' ? 'Live blog' : article.kind}</p>;
}

export function ArticleCard({
  article,
  variant = 'standard',
  headingLevel = 3,
  showSection = true,
  image = true,
}: {
  article: Card & { commentCount?: number };
  variant?: Variant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
  /** Standard cards only: false for a text-only card, as beside the lead story. */
  image?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const href = `/articles/${article.slug}`;
  if (variant === 'lead' || variant === 'wide-lead') {
    // A lead in a narrow column stacks; across a whole listing its picture sits beside the words.
    const wide = variant === 'wide-lead';
    return (
      <article className={wide ? 'card grid gap-5 md:grid-cols-[2fr_3fr] md:items-start' : 'card'}>
        {article.hero && <CardImage hero={article.hero} className={wide ? 'md:order-2' : 'mb-4'} eager />}
        <div>
          <Kicker article={article} />
          <Heading
            className={wide ? 'mt-1 headline text-3xl leading-tight font-bold' : 'mt-1 headline text-3xl leading-tight font-bold sm:text-4xl lg:text-[2.6rem]'}
          >
            <ReaderLink href={href} className="card-link decoration-2 underline-offset-4">
              {article.title}
            </ReaderLink>
          </Heading>
          <p className="mt-3 font-serif text-lg leading-relaxed text-muted sm:text-xl">{article.standfirst}</p>
          <Meta article={article} showSection={showSection} />
        </div>
      </article>
    );
  }
  if (variant === 'compact') {
    return (
      <article className="card">
        <Heading className="title-s">
          <ReaderLink href={href} className="card-link">
            {article.title}
          </ReaderLink>
        </Heading>
        <Meta article={article} showSection={showSection} />
      </article>
    );
  }
  if (variant === 'row') {
    return (
      <article className="card grid grid-cols-[minmax(0,1fr)_7rem] gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <div>
          <Kicker article={article} />
          <Heading className="title-m sm:text-2xl">
            <ReaderLink href={href} className="card-link">
              {article.title}
            </ReaderLink>
          </Heading>
          <p className="dek">{article.standfirst}</p>
          <Meta article={article} showSection={showSection} />
        </div>
        {article.hero && <CardImage hero={article.hero} />}
      </article>
    );
  }
  return (
    <article className="card">
      {image && article.hero && <CardImage hero={article.hero} className="mb-3" />}
      <Kicker article={article} />
      <Heading className="title-m">
        <ReaderLink href={href} className="card-link">
          {article.title}
        </ReaderLink>
      </Heading>
      <p className="dek text-sm">{article.standfirst}</p>
      <Meta article={article} showSection={showSection} />
    </article>
  );
}
