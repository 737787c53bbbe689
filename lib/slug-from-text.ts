import 'server-only';
import { createHash } from 'node:crypto';
import { transliterate } from 'transliteration';
import { slugify } from './slug';

/**
 * A slug for text in any script: Cyrillic, Arabic, Chinese and the rest are written in Latin letters
 * first ("Переговоры" -> "peregovory"). Text with nothing to transliterate (only emoji or symbols) gets a
 * short stable slug from its hash, so that nothing an editor typed is dropped for want of an address.
 * Server-side only: the transliteration tables are large.
 */
export function slugFromText(text: string, maxLength = 80, prefix = 'x'): string {
  const slug = slugify(transliterate(text.normalize('NFKC')), maxLength);
  if (slug) return slug;
  const name = text.normalize('NFKC').trim().toLowerCase();
  return name ? `${prefix}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}` : '';
}
