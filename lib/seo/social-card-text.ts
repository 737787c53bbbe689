/**
 * Text rules for the generated social card of an article. Pure, so the sizing and the font check are
 * unit-tested without rendering an image.
 */

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Characters the card's bundled font (Noto Serif: its latin, latin-ext, greek and cyrillic files) can
 * draw, kept to blocks those files cover whole. Anything else would make the image renderer fetch a font
 * from a third party at request time, so such text is left off the card instead (the page still shows it).
 * Vietnamese letters with two marks (U+1EA0-1EF1) are in a subset we do not ship, hence the gap.
 */
const DRAWABLE =
  /^[\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u045f\u0490\u0491\u1e00-\u1e9f\u1ef2-\u1eff\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/u;

export function drawableOnCard(text: string): boolean {
  return DRAWABLE.test(text);
}

/** A headline size that keeps long headlines within the card (about four lines at most). */
export function headlineFontSize(title: string): number {
  const length = Array.from(title).length;
  if (length <= 50) return 72;
  if (length <= 80) return 62;
  if (length <= 120) return 52;
  return 44;
}

/** Headlines are at most 300 characters; the card shows up to 160, cut at a word. */
export function cardHeadline(title: string, max = 160): string {
  const chars = Array.from(title.trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

export type SocialCardText = {
  /** null when the headline cannot be drawn with the bundled font. */
  headline: string | null;
  headlineSize: number;
  label: string;
  byline: string | null;
  /** Bottom right. */
  footnote: string;
};

export function socialCardText(article: { title: string; kind: string; section: { name: string }; author: { name: string } | null }): SocialCardText {
  const headline = cardHeadline(article.title);
  const label = [article.section.name, article.kind].filter((part) => part && drawableOnCard(part)).join(' · ');
  const byline = article.author && drawableOnCard(article.author.name) ? `By ${article.author.name}` : null;
  return {
    headline: drawableOnCard(headline) ? headline : null,
    headlineSize: headlineFontSize(headline),
    label,
    byline,
    footnote: 'Read the full story on NewsHub',
  };
}
