import { comparableText } from './comparable';

/**
 * Rules for the names people show to each other. A name may be in any script and may carry emoji; it
 * may not reorder the text around it (bidi controls), hide characters, stack marks until it spills
 * over other lines, or pass itself off as the site or its staff.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const SKIN_TONE = /[\u{1F3FB}-\u{1F3FF}]/u;

/** Invisible characters, except the ones emoji are built from (joiners between pictographs, presentation selectors, flag tags). */
export function hasInvisibleCharacters(name: string): boolean {
  const chars = Array.from(name);
  return chars.some((ch, i) => {
    if (!/[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/u.test(ch)) return false;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (ch === '\u200D') return !((PICTOGRAPH.test(before) || before === '\uFE0F' || SKIN_TONE.test(before)) && PICTOGRAPH.test(after));
    if (ch === '\uFE0F' || ch === '\uFE0E') return !(PICTOGRAPH.test(before) || /[0-9#*]/.test(before));
    if (/[\u{E0020}-\u{E007F}]/u.test(ch)) return !(before === '\u{1F3F4}' || /[\u{E0020}-\u{E007F}]/u.test(before));
    return true;
  });
}

/** Words a reader's name may not be or contain, as a whole word (checked on comparable text). */
const RESERVED_WORDS = new Set([
  'admin',
  'admins',
  'administrator',
  'administrators',
  'moderator',
  'moderators',
  'mod',
  'mods',
  'editor',
  'editors',
  'staff',
  'newsroom',
  'official',
  'support',
  'sysop',
  'system',
  'root',
  'webmaster',
]);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/** Whether a name passes itself off as NewsHub or a member of its staff ("Admin", "NewsHub Desk", "N3wsHub", "Аdmin"). */
export function impersonatesSite(name: string): boolean {
  const folded = comparableText(name).replace(/[013457@$!|]/g, (c) => LEET[c] ?? c);
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.some((w) => RESERVED_WORDS.has(w) || w.startsWith('admin') || w.endsWith('admin'))) return true;
  return words.join('').includes('newshub');
}

/** Why a display name cannot be used, or null when it can. */
export function displayNameProblem(name: string): string | null {
  if (BIDI_CONTROLS.test(name)) return 'Your display name can’t contain text-direction control characters.';
  if (hasInvisibleCharacters(name)) return 'Your display name can’t contain invisible characters.';
  if (/\p{M}{4,}/u.test(name.normalize('NFD'))) return 'Your display name has too many accents stacked on one letter.';
  if (comparableText(name).replace(/[\s\u2800]/gu, '') === '') return 'Enter a display name.';
  if (impersonatesSite(name)) return 'That name is reserved. Choose one that doesn’t suggest you speak for NewsHub or its staff.';
  return null;
}

/** Two names a reader would take for the same person. */
export function sameLookingNames(a: string, b: string): boolean {
  const squash = (n: string) => comparableText(n).replace(/[^\p{L}\p{N}]+/gu, '');
  return squash(a) !== '' && squash(a) === squash(b);
}
