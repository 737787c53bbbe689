/**
 * The inside of a story card as HTML. A front page carries dozens of cards; as one string each they
 * cost the phone no hydration (a card has nothing interactive: its links are plain anchors, which
 * ReaderNavigation follows) and the page no second copy as React elements in its payload. Every
 * headline, name and address goes through `html`, which escapes it. The time is stated absolutely
 * (lib/content/stated-time.ts).
 */
import type { ArticleCard, HeroImage } from '@/lib/dal/types';
import { html, type SafeHtml } from '@/lib/html/safe-html';
import { statedTimeHtml } from './stated-time';

export type CardVariant = 'lead' | 'wide-lead' | 'standard' | 'compact' | 'row';

export type CardOptions = {
  variant: CardVariant;
  headingLevel: 2 | 3;
  showSection: boolean;
  /** Standard cards only: false for a text-only card, as beside the lead story. */
  image: boolean;
  absoluteTime: (iso: string) => string;
};

type CardArticle = ArticleCard & { commentCount?: number };

/** The element that holds the card, with its classes: the caller renders it around `cardInnerHtml`. */
export function cardClass(variant: CardVariant): string {
  if (variant === 'wide-lead') return 'card grid gap-5 md:grid-cols-[2fr_3fr] md:items-start';
  if (variant === 'row') return 'card grid grid-cols-[minmax(0,1fr)_7rem] gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]';
  return 'card';
}

/**
 * Listing thumbnail: decorative next to its headline, so the link text carries the meaning. The lead's
 * is the page's largest paint: fetched first, and the page's scripts wait for it to be on screen
 * (`elementtiming="lead"`, server/paint-first-scripts.mjs).
 */
function image(hero: HeroImage, className: string, eager: boolean): SafeHtml {
  const classes = className ? `thumb ${className}` : 'thumb';
  return eager
    ? html`<img src="${hero.src}" alt="" width="800" height="450" fetchpriority="high" elementtiming="lead" decoding="async" class="${classes}" />`
    : html`<img src="${hero.src}" alt="" width="800" height="450" loading="lazy" decoding="async" class="${classes}" />`;
}

function meta(article: CardArticle, options: CardOptions): SafeHtml {
  const count = article.commentCount ?? 0;
  return html`<p class="meta">
    ${options.showSection ? html`<a href="/${article.section.slug}" class="meta-section">${article.section.name}</a>` : null}
    ${article.author ? html`<bdi>${article.author.name}</bdi>` : null} ${count > 0 ? html`<span>${count} ${count === 1 ? 'comment' : 'comments'}</span>` : null}
    ${statedTimeHtml(article.publishedAt, options.absoluteTime)}
  </p>`;
}

/** The label above a headline; a running live blog says so with a pulse. */
function kicker(article: CardArticle): SafeHtml {
  if (article.live === 'running')
    return html`<p class="kicker">
      <span class="live-label"><span class="live-dot" aria-hidden="true"></span>Live</span>
    </p>`;
  return html`<p class="kicker">${article.live === 'ended' ? 'Live blog' : article.kind}</p>`;
}

function heading(article: CardArticle, options: CardOptions, className: string, linkClass = 'card-link'): SafeHtml {
  const link = html`<a href="/articles/${article.slug}" class="${linkClass}">${article.title}</a>`;
  return options.headingLevel === 2 ? html`<h2 class="${className}">${link}</h2>` : html`<h3 class="${className}">${link}</h3>`;
}

export function cardInnerHtml(article: CardArticle, options: CardOptions): string {
  const { variant } = options;
  if (variant === 'lead' || variant === 'wide-lead') {
    // A lead in a narrow column stacks; across a whole listing its picture sits beside the words.
    const wide = variant === 'wide-lead';
    const headingClass = wide
      ? 'mt-1 headline text-3xl leading-tight font-bold'
      : 'mt-1 headline text-3xl leading-tight font-bold sm:text-4xl lg:text-[2.6rem]';
    return html`${article.hero ? image(article.hero, wide ? 'md:order-2' : 'mb-4', true) : null}
      <div>
        ${kicker(article)} ${heading(article, options, headingClass, 'card-link decoration-2 underline-offset-4')}
        <p class="mt-3 font-serif text-lg leading-relaxed text-muted sm:text-xl">${article.standfirst}</p>
        ${meta(article, options)}
      </div>`.toString();
  }
  if (variant === 'compact') return html`${heading(article, options, 'title-s')} ${meta(article, options)}`.toString();
  if (variant === 'row')
    return html`<div>
        ${kicker(article)} ${heading(article, options, 'title-m sm:text-2xl')}
        <p class="dek">${article.standfirst}</p>
        ${meta(article, options)}
      </div>
      ${article.hero ? image(article.hero, '', false) : null}`.toString();
  return html`${options.image && article.hero ? image(article.hero, 'mb-3', false) : null} ${kicker(article)} ${heading(article, options, 'title-m')}
    <p class="dek text-sm">${article.standfirst}</p>
    ${meta(article, options)}`.toString();
}

/** The items of a numbered list of stories with a line under each ("Most read", "Most discussed"). */
export function rankedItemsHtml<T extends ArticleCard>(articles: T[], note?: (article: T) => string): string {
  return html`${articles.map(
    (a, i) =>
      html`<li class="card flex gap-3 py-3">
        <span aria-hidden="true" class="w-6 shrink-0 headline text-2xl leading-none font-bold text-accent">${i + 1}</span>
        <div>
          <h3 class="headline leading-snug font-semibold"><a href="/articles/${a.slug}" class="card-link">${a.title}</a></h3>
          ${note ? html`<p class="mt-1 text-xs text-muted">${note(a)}</p>` : null}
        </div>
      </li>`,
  )}`.toString();
}
