/** URL slugs: lower-case ASCII words joined by single hyphens. Pure, shared by the seed, the DAL and forms. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 120;

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** True when a URL segment can possibly be a slug; anything else is a 404 without a query. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}

/** Page numbers from the path: "2" -> 2; anything else (0, -1, 1e3, 007, huge) -> null. */
export function parsePageNumber(value: string, max = 10_000): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(value)) return null;
  const n = Number(value);
  return n <= max ? n : null;
}

/** A serial primary key as it may appear in a URL: a positive 32-bit integer. */
export function isRowId(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= 2_147_483_647;
}
