/**
 * The comment pipeline (SECURITY.md rule 5), as pure functions so its order can be tested:
 * length -> empty after trim -> duplicate -> flood window -> link limit for new readers -> word lists
 * -> pre-moderation -> publish. The service fails closed: if a check throws, the comment is held.
 */
import type { PremoderationMode, Role } from '@/lib/domain';
import { hasRole } from '@/lib/auth/roles';
import { charLength, hasInvalidCharacters } from '@/lib/validation/text';
import { EDIT_WINDOW_MS, MAX_COMMENT } from './constants';
import { comparableText, isVisiblyEmpty } from '@/lib/text/comparable';

export { MAX_COMMENT, EDIT_WINDOW_MS };
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60_000;

export type ModerationRules = {
  premoderation: PremoderationMode;
  floodSeconds: number;
  newUserLinkLimit: number;
  trustedAfter: number;
  bannedWords: string[];
  heldWords: string[];
};

export type CommentAuthor = { role: Role; approvedComments: number };

/** The author's recent comments, newest first. */
export type CommentHistory = { body: string; createdAt: Date }[];

export type TextCheck = { ok: true; body: string } | { ok: false; code: 'invalid' | 'too-long' | 'empty'; message: string };

export type Decision =
  | { outcome: 'reject'; code: 'duplicate' | 'flood' | 'banned-word'; message: string; retryAfterSeconds?: number }
  | { outcome: 'hold'; reason: string }
  | { outcome: 'publish' };

export function checkCommentText(input: unknown): TextCheck {
  if (typeof input !== 'string') return { ok: false, code: 'empty', message: 'Your comment cannot be empty.' };
  if (hasInvalidCharacters(input))
    return {
      ok: false,
      code: 'invalid',
      message: 'Your comment contains characters we can’t store (such as a NUL byte or a broken emoji). Remove them and try again.',
    };
  const length = charLength(input);
  if (length > MAX_COMMENT)
    return {
      ok: false,
      code: 'too-long',
      message: `Comments can be at most ${MAX_COMMENT.toLocaleString('en-GB')} characters; yours has ${length.toLocaleString('en-GB')}.`,
    };
  const body = input.replace(/\r\n?/g, '\n').trim();
  // Zero-width spaces, soft hyphens, lone accents: nothing a reader would see.
  if (isVisiblyEmpty(body)) return { ok: false, code: 'empty', message: 'Your comment cannot be empty.' };
  return { ok: true, body };
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

export function countLinks(body: string): number {
  return (body.match(/\bhttps?:\/\/\S+|\bwww\.\S+/gi) ?? []).length;
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whole-word, case-insensitive match of any listed word or phrase, compared in a normalised form
 * (lib/text/comparable.ts) so that look-alike letters, invisible characters, soft hyphens and stacked
 * marks do not hide a word. Returns the word as the newsroom listed it.
 */
export function findListedWord(body: string, words: string[]): string | null {
  const text = comparableText(body).replace(/\s+/g, ' ');
  for (const word of words) {
    const w = comparableText(word).replace(/\s+/g, ' ').trim();
    if (!w) continue;
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}(?=$|[^\\p{L}\\p{N}])`, 'u').test(text)) return word.trim();
  }
  return null;
}

export function isNewReader(author: CommentAuthor, rules: ModerationRules): boolean {
  return !hasRole(author.role, 'writer') && author.approvedComments < rules.trustedAfter;
}

export function decideComment(body: string, author: CommentAuthor, history: CommentHistory, rules: ModerationRules, now: Date): Decision {
  const recent = history.filter((h) => now.getTime() - h.createdAt.getTime() < DUPLICATE_WINDOW_MS);
  if (recent.some((h) => sameText(h.body, body))) return { outcome: 'reject', code: 'duplicate', message: 'You have already posted this comment.' };

  const last = history[0];
  if (last && rules.floodSeconds > 0 && !hasRole(author.role, 'editor')) {
    const waitMs = rules.floodSeconds * 1000 - (now.getTime() - last.createdAt.getTime());
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return {
        outcome: 'reject',
        code: 'flood',
        message: `You’re commenting too quickly. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
        retryAfterSeconds: seconds,
      };
    }
  }

  const newReader = isNewReader(author, rules);
  if (newReader && countLinks(body) > rules.newUserLinkLimit)
    return { outcome: 'hold', reason: `More than ${rules.newUserLinkLimit} link(s) from a new reader` };

  if (findListedWord(body, rules.bannedWords))
    return { outcome: 'reject', code: 'banned-word', message: 'Your comment contains language that isn’t allowed here. Please edit it and try again.' };
  const held = findListedWord(body, rules.heldWords);
  if (held) return { outcome: 'hold', reason: `Contains a word on the review list (“${held}”)` };

  if (!hasRole(author.role, 'writer')) {
    if (rules.premoderation === 'all') return { outcome: 'hold', reason: 'All comments are reviewed before they appear' };
    if (rules.premoderation === 'first' && newReader) return { outcome: 'hold', reason: 'First comments from new readers are reviewed' };
  }
  return { outcome: 'publish' };
}

/** Edited text passes the same content checks, without duplicate and flood checks. */
export function decideEdit(body: string, author: CommentAuthor, rules: ModerationRules): Decision {
  if (findListedWord(body, rules.bannedWords))
    return { outcome: 'reject', code: 'banned-word', message: 'Your comment contains language that isn’t allowed here. Please edit it and try again.' };
  const held = findListedWord(body, rules.heldWords);
  if (held) return { outcome: 'hold', reason: `Edited text contains a word on the review list (“${held}”)` };
  if (isNewReader(author, rules) && countLinks(body) > rules.newUserLinkLimit)
    return { outcome: 'hold', reason: 'Edited text has too many links for a new reader' };
  return { outcome: 'publish' };
}
