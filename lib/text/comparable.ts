import unhomoglyph from 'unhomoglyph';

/**
 * Text as word lists, emptiness checks and reserved names see it, never as it is stored (we store what
 * people typed): compatibility forms folded (NFKC: fullwidth and mathematical letters become plain
 * ones), invisible characters removed (zero-width spaces and joiners, soft hyphens, bidi controls),
 * combining marks removed (accents, strike-through and "Zalgo" stacks), lower-cased, and letters from
 * other scripts that look like Latin ones folded to them (Unicode's confusables: Cyrillic "а" is "a").
 * Plain ASCII is left alone, so "m" and "rn" or "0" and "o" stay apart.
 */
export function comparableText(text: string): string {
  const bare = text.normalize('NFKC').replace(INVISIBLE, '').normalize('NFD').replace(MARKS, '');
  return bare.replace(NON_ASCII, foldLookAlike).toLowerCase();
}

const ASCII_ONLY = /^[\u0000-\u007f]+$/;

/**
 * A letter's Latin look-alike. Unicode's table maps some letters only in one case (Cyrillic "М" is "M",
 * but "м" maps to a phonetic letter), so the lower, given and upper forms are tried in turn.
 */
function foldLookAlike(ch: string): string {
  for (const variant of [ch.toLowerCase(), ch, ch.toUpperCase()]) {
    const mapped = unhomoglyph(variant);
    if (ASCII_ONLY.test(mapped)) return mapped;
  }
  return unhomoglyph(ch);
}

/** Characters that take no space or are not drawn: format controls and default-ignorable code points. */
export const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\u0000-\u007f]/gu;
/** Drawn as nothing although not formally invisible. */
const BLANK = /[\s\u2800]/gu;

/** Nothing a reader could see: only spaces, invisible characters and combining marks. */
export function isVisiblyEmpty(text: string): boolean {
  return comparableText(text).replace(BLANK, '') === '';
}
