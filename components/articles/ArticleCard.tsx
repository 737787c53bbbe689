import type { ArticleCard as Card } from '@/lib/dal/types';
import { cardClass, cardInnerHtml, type CardVariant } from '@/lib/content/card-html';
import { siteTime } from '@/lib/time/site-time';
import { LeadImagePreload } from './HeroFigure';

const absoluteTime = (iso: string) => siteTime(iso, 'datetime');

/**
 * A story in a listing. Its inside is one HTML string (lib/content/card-html.ts): React hydrates the
 * card as a single element, however many links, names and times it holds.
 */
export function ArticleCard({
  article,
  variant = 'standard',
  headingLevel = 3,
  showSection = true,
  image = true,
}: {
  article: Card & { commentCount?: number };
  variant?: CardVariant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
  /** Standard cards only: false for a text-only card, as beside the lead story. */
  image?: boolean;
}) {
  const lead = variant === 'lead' || variant === 'wide-lead';
  return (
    <>
      {lead && article.hero && <LeadImagePreload src={article.hero.src} />}
      <article
        className={cardClass(variant)}
        dangerouslySetInnerHTML={{ __html: cardInnerHtml(article, { variant, headingLevel, showSection, image, absoluteTime }) }}
      />
    </>
  );
}
