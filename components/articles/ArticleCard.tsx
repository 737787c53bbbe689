import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleCard as Card } from '@/lib/dal/types';
import { TimeAgo } from '@/components/ui/TimeAgo';
import { CardImage } from './HeroFigure';

type Variant = 'lead' | 'standard' | 'compact' | 'row';

function Meta({ article, showSection }: { article: Card & { commentCount?: number }; showSection: boolean }) {
  return (
    <p className="meta">
      {showSection && (
        <ReaderLink href={`/${article.section.slug}`} className="meta-section">
          {article.section.name}
        </ReaderLink>
      )}
      {article.author && <bdi>{article.author.name}</bdi>}
      <TimeAgo iso={article.publishedAt} />
      {typeof article.commentCount === 'number' && article.commentCount > 0 && (
        <span>
          {article.commentCount} {article.commentCount === 1 ? 'comment' : 'comments'}
        </span>
      )}
    </p>
  );
}

export function ArticleCard({
  article,
  variant = 'standard',
  headingLevel = 3,
  showSection = true,
}: {
  article: Card & { commentCount?: number };
  variant?: Variant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const href = `/articles/${article.slug}`;
  if (variant === 'lead') {
    return (
      <article className="card grid gap-5 md:grid-cols-[3fr_2fr] md:items-start">
        {article.hero && <CardImage hero={article.hero} className="md:order-2" eager />}
        <div>
          <p className="kicker">{article.kind}</p>
          <Heading className="mt-1 headline text-3xl leading-tight font-bold sm:text-4xl">
            <ReaderLink href={href} className="card-link decoration-2 underline-offset-4">
              {article.title}
            </ReaderLink>
          </Heading>
          <p className="mt-3 text-lg leading-relaxed text-muted">{article.standfirst}</p>
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
          <p className="kicker">{article.kind}</p>
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
      {article.hero && <CardImage hero={article.hero} className="mb-3" />}
      <p className="kicker">{article.kind}</p>
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
