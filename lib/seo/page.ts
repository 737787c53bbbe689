import type { Metadata } from 'next';
import { PUBLISHER_NAME } from './article';
import { SOCIAL_CARD_SIZE } from './social-card-text';

/** app/social-card.png */
export const SITE_CARD_PATH = '/social-card.png';

const siteCard = [{ url: SITE_CARD_PATH, ...SOCIAL_CARD_SIZE, type: 'image/png', alt: `${PUBLISHER_NAME}: independent news and analysis` }];

/**
 * OpenGraph and Twitter card of a page that is not an article. Next.js replaces a parent's openGraph
 * object rather than merging it, so each page states the whole card. `path` is site-relative; without it og:url is left out.
 */
export function pageSocialMetadata({
  title,
  description,
  path,
}: {
  title: string;
  description: string;
  path?: string;
}): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: { type: 'website', url: path, title, description, siteName: PUBLISHER_NAME, locale: 'en_GB', images: siteCard },
    twitter: { card: 'summary_large_image', title, description, images: siteCard },
  };
}
