import { describe, expect, it } from 'vitest';
import { excerpt } from '@/lib/content/excerpt';

describe('excerpt', () => {
  it('keeps short text, collapsing white space', () => {
    expect(excerpt('  Hello\n\n  world  ')).toBe('Hello world');
  });
  it('cuts at a word boundary and adds an ellipsis', () => {
    const text = 'The central bank held rates steady on Thursday while signalling that cuts could follow next year.';
    const short = excerpt(text, 40);
    expect(short.endsWith('…')).toBe(true);
    expect(Array.from(short).length).toBeLessThanOrEqual(41);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });
  it('never splits a surrogate pair', () => {
    const short = excerpt('😀'.repeat(50), 11);
    expect(short).toBe(`${'😀'.repeat(11)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(short)).toBe(false);
  });
  it('leaves markup as plain characters (escaping is the renderer’s job)', () => {
    const hostile = 'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>';
    expect(excerpt(hostile, 30)).toBe(`${hostile.slice(0, 30)}…`);
  });
});
