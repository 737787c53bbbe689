import { z } from 'zod';
import { BANNER_URGENCIES } from '@/lib/domain';

export type BannerField = 'text' | 'link' | 'urgency';

/** A site path ("/articles/…", not "//host") or an http(s) address. */
function isBannerLink(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !/[\s\\]/.test(value);
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const bannerSchema = z.object({
  text: z
    .string()
    .transform((v) => v.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'Write the banner’s text.').max(200, 'Keep the banner to 200 characters.')),
  link: z
    .string()
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .max(500, 'That link is too long.')
        .refine((v) => v === '' || isBannerLink(v), 'Use a site path such as /articles/… or a full https:// address.'),
    )
    .transform((v) => (v === '' ? null : v)),
  urgency: z.enum(BANNER_URGENCIES, { error: 'Choose how urgent it is.' }),
});
