import { describe, expect, it } from 'vitest';
import { checkCommentText, decideComment, findListedWord } from '@/lib/comments/pipeline';
import { comparableText, isVisiblyEmpty } from '@/lib/text/comparable';
import { displayNameProblem, hasInvisibleCharacters, impersonatesSite, sameLookingNames } from '@/lib/text/display-name';
import { displayName } from '@/lib/validation/account';

const rules = {
  premoderation: 'off' as const,
  floodSeconds: 0,
  newUserLinkLimit: 5,
  trustedAfter: 0,
  bannedWords: ['scamcoin', 'buy followers'],
  heldWords: ['idiot'],
};
const reader = { role: 'reader' as const, approvedComments: 10 };

describe('banned words hidden with Unicode', () => {
  it.each([
    ['zero-width space', 'scam\u200Bcoin'],
    ['zero-width joiner', 'scam\u200Dcoin'],
    ['soft hyphen', 'scam\u00ADcoin'],
    ['word joiner and BOM', 'sc\u2060am\uFEFFcoin'],
    ['Cyrillic look-alikes', 'ѕсаmсоіn'],
    ['Greek look-alikes', 'scαmcοin'],
    ['fullwidth letters', 'ｓｃａｍｃｏｉｎ'],
    ['mathematical bold', '𝐬𝐜𝐚𝐦𝐜𝐨𝐢𝐧'],
    ['combining strike-through', 's\u0336c\u0336a\u0336m\u0336c\u0336o\u0336i\u0336n\u0336'],
    ['stacked accents', 's\u0301\u0300ca\u0302\u0303mco\u0308in'],
    ['upper case', 'SCAMCOIN'],
    ['a phrase split by odd spaces', 'buy\u00A0 \u2003followers'],
  ])('%s is caught', (_, text) => {
    expect(findListedWord(`Try ${text} today`, rules.bannedWords)).not.toBeNull();
    expect(decideComment(`Try ${text} today`, reader, [], rules, new Date())).toMatchObject({ outcome: 'reject', code: 'banned-word' });
  });

  it('still matches whole words only, and leaves plain ASCII look-alikes apart', () => {
    expect(findListedWord('scamcoins are a class of their own', rules.bannedWords)).toBeNull();
    expect(findListedWord('the idiom is old', rules.heldWords)).toBeNull();
    expect(comparableText('modern')).toBe('modern');
    expect(comparableText('Café São')).toBe('cafe sao');
  });

  it('holds review words written with look-alikes', () => {
    expect(decideComment('what an іdіot', reader, [], rules, new Date())).toMatchObject({ outcome: 'hold' });
  });
});

describe('empty comments', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['a soft hyphen', '\u00AD'],
    ['joiners and marks', '\u200D\u0301\u0301'],
    ['Hangul fillers', '\u3164\u3164'],
    ['a braille blank', '\u2800 \u2800'],
    ['bidi controls', '\u202E\u202C'],
  ])('%s is "cannot be empty"', (_, text) => {
    expect(isVisiblyEmpty(text)).toBe(true);
    expect(checkCommentText(text)).toEqual({ ok: false, code: 'empty', message: 'Your comment cannot be empty.' });
  });

  it('but text in any script or emoji is not empty, and is stored as typed', () => {
    for (const text of ['مرحبا', '你好', 'Привет', '👍', '👨\u200D👩\u200D👧']) expect(checkCommentText(text)).toEqual({ ok: true, body: text });
  });
});

describe('display names', () => {
  it.each([
    ['a right-to-left override', 'Sam\u202Eevil'],
    ['an isolate', 'Sam\u2066x\u2069'],
    ['a zero-width space', 'Sam\u200BJones'],
    ['a Hangul filler', '\u3164'],
    ['invisible only', '\u200B\u200C'],
    ['a braille blank', 'Sam\u2800'],
    ['stacked marks', 'Z\u0301\u0302\u0303\u0304algo'],
  ])('with %s are refused', (_, name) => {
    expect(displayNameProblem(name)).not.toBeNull();
    expect(displayName.safeParse(name).success).toBe(false);
  });

  it.each([
    'Admin',
    'admin',
    'ADMIN',
    'Аdmin',
    'Adm1n',
    'Site Admin',
    'sysadmin',
    'NewsHub',
    'News Hub',
    'N3wsHub Desk',
    'ＮｅｗｓＨｕｂ',
    'The Moderator',
    'Editor',
    'NewsHub-Team',
    'Official',
  ])('"%s" impersonates the site or its staff', (name) => {
    expect(impersonatesSite(name)).toBe(true);
    expect(displayName.safeParse(name).success).toBe(false);
  });

  it.each([
    'Amara Osei',
    'José Núñez',
    'محمد الأحمد',
    '王小明',
    'Ольга Петрова',
    'Badminton fan',
    'Modesty Blaise',
    'Editorial Eve',
    '🦊 Fox',
    '👩\u200D💻 Dev',
    '❤\uFE0F Hearts',
    'Nguyễn Văn A',
  ])('"%s" is a fine name', (name) => {
    expect(displayNameProblem(name)).toBeNull();
    expect(displayName.safeParse(name).success).toBe(true);
  });

  it('lets emoji keep the joiners and selectors they are made of, and nothing else invisible', () => {
    expect(hasInvisibleCharacters('👨\u200D👩\u200D👧')).toBe(false);
    expect(hasInvisibleCharacters('🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}')).toBe(false);
    expect(hasInvisibleCharacters('a\u200Db')).toBe(true);
    expect(hasInvisibleCharacters('a\uFE0F')).toBe(true);
  });

  it('tells apart names that only look alike', () => {
    expect(sameLookingNames('Amara Osei', 'АМАRА  OSEI')).toBe(true);
    expect(sameLookingNames('Amara Osei', 'Amara Oseil')).toBe(false);
  });
});
