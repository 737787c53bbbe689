/** Checks shared by every free-text input. */

/** PostgreSQL cannot store U+0000, and lone surrogates are not text. */
export function hasInvalidCharacters(value: string): boolean {
  return value.includes('\u0000') || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

/** Length in characters as a reader counts them (code points), matching PostgreSQL's char_length. */
export function charLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
