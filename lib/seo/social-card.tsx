import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheLife, cacheTag } from 'next/cache';
import { ImageResponse } from 'next/og';
import { getPublishedArticle } from '@/lib/dal/articles';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { SOCIAL_CARD_SIZE, socialCardText, type SocialCardText } from './social-card-text';

/**
 * The generated OpenGraph/Twitter image of an article: NewsHub mark, section and kind, headline, byline.
 * The fonts ship with the app (npm package files), so rendering never reaches the network.
 */

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-serif', 'files');
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

/**
 * Each subset file is its own family, listed in turn: the renderer takes one file per family, and would
 * look for a glyph it lacks (a Cyrillic letter, say) on a font server instead of in the next file.
 */
const familyOf = (subset: (typeof SUBSETS)[number]) => `Noto Serif ${subset}`;
const FONT_FAMILY = SUBSETS.map(familyOf).join(', ');
let fonts: Promise<Font[]> | null = null;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    ([400, 700] as const).flatMap((weight) =>
      SUBSETS.map(async (subset) => {
        const file = await readFile(path.join(FONT_DIR, `noto-serif-${subset}-${weight}-normal.woff`));
        return {
          name: familyOf(subset),
          data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
          weight,
          style: 'normal' as const,
        };
      }),
    ),
  ).catch((error: unknown) => {
    fonts = null;
    throw error;
  });
  return fonts;
}

const PAPER = '#fbfaf7';
const INK = '#16140f';
const MUTED = '#5c5850';
const ACCENT = '#b3261e';

async function renderSocialCard(text: SocialCardText): Promise<ArrayBuffer> {
  const image = new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: PAPER,
        color: INK,
        padding: '56px 72px',
        fontFamily: FONT_FAMILY,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: `4px solid ${INK}`, paddingBottom: 20 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 18 }}>
          <div
            style={{
              display: 'flex',
              width: 64,
              height: 64,
              borderRadius: 12,
              background: INK,
              color: PAPER,
              fontSize: 40,
              fontWeight: 700,
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            n<span style={{ color: '#e85d4a' }}>h</span>
          </div>
          <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, letterSpacing: -1 }}>NewsHub</div>
        </div>
        {text.label && (
          <div style={{ display: 'flex', fontSize: 26, fontWeight: 700, color: ACCENT, textTransform: 'uppercase', letterSpacing: 2 }}>{text.label}</div>
        )}
      </div>
      <div style={{ display: 'flex', flex: 1, alignItems: 'center' }}>
        {text.headline && (
          <div style={{ display: 'flex', fontSize: text.headlineSize, fontWeight: 700, lineHeight: 1.12, letterSpacing: -0.5 }}>{text.headline}</div>
        )}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, color: MUTED, borderTop: `1px solid #d9d4c7`, paddingTop: 18 }}>
        <div style={{ display: 'flex' }}>{text.byline ?? 'NewsHub'}</div>
        <div style={{ display: 'flex' }}>{text.footnote}</div>
      </div>
    </div>,
    { ...SOCIAL_CARD_SIZE, fonts: await loadFonts() },
  );
  return image.arrayBuffer();
}

export type SocialCard = { kind: 'png'; png: Uint8Array } | { kind: 'redirect'; slug: string } | { kind: 'missing' };

/**
 * The card for a slug, drawn once and kept under the article's cache tags (a new headline redraws it).
 * Reading the fonts is I/O, so the whole drawing sits inside the cache.
 */
export async function socialCardFor(slug: string): Promise<SocialCard> {
  'use cache';
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.articleSlug(slug), cacheTags.articles);
  const found = await getPublishedArticle(slug);
  if (found.kind !== 'article') return found;
  return { kind: 'png', png: new Uint8Array(await renderSocialCard(socialCardText(found.article))) };
}

/** The site's own card, for the front page, sections, authors, tags and other pages. */
export async function siteSocialCard(): Promise<Uint8Array> {
  'use cache';
  cacheLife('max');
  return new Uint8Array(
    await renderSocialCard({
      headline: 'World news, politics, finance and culture, with a discussion under every story',
      headlineSize: 62,
      label: 'Independent news',
      byline: 'Independent reporting, open discussion',
      footnote: '',
    }),
  );
}

/** A card as an HTTP response; `maxAge` in seconds. */
export function pngResponse(png: Uint8Array, maxAge: number, staleWhileRevalidate = 0): Response {
  const cacheControl = `public, max-age=${maxAge}${staleWhileRevalidate ? `, stale-while-revalidate=${staleWhileRevalidate}` : ''}`;
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff' },
  });
}
