import { describe, expect, it } from 'vitest';
import { checkCommentText, countLinks, decideComment, decideEdit, findListedWord, type ModerationRules } from '@/lib/comments/pipeline';

const rules: ModerationRules = {
  premoderation: 'off',
  floodSeconds: 15,
  newUserLinkLimit: 1,
  trustedAfter: 3,
  bannedWords: ['scamcoin'],
  heldWords: ['idiot'],
};
const reader = { role: 'reader' as const, approvedComments: 10 };
const newbie = { role: 'reader' as const, approvedComments: 0 };
const now = new Date('2026-11-26T12:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe('checkCommentText', () => {
  it('refuses NUL bytes and lone surrogates before anything else', () => {
    expect(checkCommentText('a\u0000b')).toMatchObject({ ok: false, code: 'invalid' });
    expect(checkCommentText('broken \uD83D emoji')).toMatchObject({ ok: false, code: 'invalid' });
    expect(checkCommentText('tail \uDE00')).toMatchObject({ ok: false, code: 'invalid' });
  });
  it('counts characters, not UTF-16 units, for the 5,000 limit', () => {
    expect(checkCommentText('😀'.repeat(5000))).toMatchObject({ ok: true });
    expect(checkCommentText('x'.repeat(5001))).toMatchObject({ ok: false, code: 'too-long' });
    expect(checkCommentText('x'.repeat(1_000_000))).toMatchObject({ ok: false, code: 'too-long' });
  });
  it('refuses empty and whitespace-only text with the same message', () => {
    for (const v of ['', '   ', '\n\t \n', undefined, null, 42])
      expect(checkCommentText(v)).toMatchObject({ ok: false, code: 'empty', message: 'Your comment cannot be empty.' });
  });
  it('keeps what was typed, trimmed, with normalised line endings', () => {
    expect(checkCommentText('  <b>hi</b>\r\nthere  ')).toEqual({ ok: true, body: '<b>hi</b>\nthere' });
  });
});

describe('decideComment, in pipeline order', () => {
  it('rejects a duplicate before the flood window', () => {
    const d = decideComment('Same text', reader, [{ body: 'same   TEXT', createdAt: ago(2) }], rules, now);
    expect(d).toMatchObject({ outcome: 'reject', code: 'duplicate' });
  });
  it('rejects a second comment inside the flood window with a wait hint', () => {
    const d = decideComment('Another thought', reader, [{ body: 'First', createdAt: ago(5) }], rules, now);
    expect(d).toMatchObject({ outcome: 'reject', code: 'flood', retryAfterSeconds: 10 });
    expect(decideComment('Another thought', reader, [{ body: 'First', createdAt: ago(16) }], rules, now)).toEqual({ outcome: 'publish' });
  });
  it('exempts moderators from the flood window', () => {
    expect(decideComment('Quick', { role: 'editor', approvedComments: 0 }, [{ body: 'x', createdAt: ago(1) }], rules, now)).toEqual({ outcome: 'publish' });
  });
  it('holds links from new readers over the limit, before word lists', () => {
    const body = 'see https://a.example and https://b.example scamcoin';
    expect(decideComment(body, newbie, [], rules, now)).toMatchObject({ outcome: 'hold' });
    expect(decideComment(body, reader, [], rules, now)).toMatchObject({ outcome: 'reject', code: 'banned-word' });
  });
  it('rejects banned words and holds review words, whole words only', () => {
    expect(decideComment('Buy SCAMCOIN now', reader, [], rules, now)).toMatchObject({ outcome: 'reject', code: 'banned-word' });
    expect(decideComment('What an idiot.', reader, [], rules, now)).toMatchObject({ outcome: 'hold' });
    expect(decideComment('Idiotic is not on the list', reader, [], rules, now)).toEqual({ outcome: 'publish' });
  });
  it('applies pre-moderation last: all, or first comments of new readers; staff are exempt', () => {
    expect(decideComment('Fine', reader, [], { ...rules, premoderation: 'all' }, now)).toMatchObject({ outcome: 'hold' });
    expect(decideComment('Fine', newbie, [], { ...rules, premoderation: 'first' }, now)).toMatchObject({ outcome: 'hold' });
    expect(decideComment('Fine', reader, [], { ...rules, premoderation: 'first' }, now)).toEqual({ outcome: 'publish' });
    expect(decideComment('Fine', { role: 'writer', approvedComments: 0 }, [], { ...rules, premoderation: 'all' }, now)).toEqual({ outcome: 'publish' });
  });
  it('checks edits for content but not for flood or duplicates', () => {
    expect(decideEdit('fine text', reader, rules)).toEqual({ outcome: 'publish' });
    expect(decideEdit('scamcoin', reader, rules)).toMatchObject({ outcome: 'reject' });
    expect(decideEdit('idiot', reader, rules)).toMatchObject({ outcome: 'hold' });
  });
});

describe('helpers', () => {
  it('counts links and matches listed words and phrases', () => {
    expect(countLinks('a https://x.y b http://z.w www.q.r')).toBe(3);
    expect(findListedWord('Free money here', ['free money'])).toBe('free money');
    expect(findListedWord('regex chars (a+b)', ['(a+b)'])).toBe('(a+b)');
    expect(findListedWord('anything', ['', '  '])).toBeNull();
  });
});
