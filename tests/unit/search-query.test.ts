import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_SEARCH_PAGE, normaliseQuery, parseSearchPage, parseSearchParams, parseSearchSection, searchHref } from '@/lib/search/query';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, splitHighlights, stripHighlights } from '@/lib/search/highlight';

describe('normaliseQuery', () => {
  it('trims, collapses white space and removes control characters and lone surrogates', () => {
    expect(normaliseQuery('  central \t\n bank  ')).toEqual({ q: 'central bank', truncated: false });
    expect(normaliseQuery('a\u0000b\u0007c\u009fd')).toEqual({ q: 'a b c d', truncated: false });
    expect(normaliseQuery('x\uD800y\uDC00z 😀')).toEqual({ q: 'x y z 😀', truncated: false });
    expect(normaliseQuery(`${S}mark${E}`).q).toBe('mark');
  });

  it('keeps the first value of a repeated parameter and ignores non-strings', () => {
    expect(normaliseQuery(['first', 'second']).q).toBe('first');
    expect(normaliseQuery(undefined).q).toBe('');
    expect(normaliseQuery(42).q).toBe('');
  });

  it('caps the length in characters without splitting one', () => {
    const long = normaliseQuery('😀'.repeat(10_000));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.q).toBe('😀'.repeat(MAX_QUERY_LENGTH));
    expect(normaliseQuery('a'.repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);
    expect(normaliseQuery('x'.repeat(5_000_000)).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('page and section parameters', () => {
  it('clamps the page to 1..100 and treats junk as page 1', () => {
    expect(['1', '2', '30', '31', '999999999', '0', '-3', '1e3', '2.5', 'abc', '', ' 7 '].map(parseSearchPage)).toEqual([
      1,
      2,
      30,
      MAX_SEARCH_PAGE,
      MAX_SEARCH_PAGE,
      1,
      1,
      1,
      1,
      1,
      1,
      7,
    ]);
    expect(parseSearchPage(['3', '4'])).toBe(3);
    expect(parseSearchPage(undefined)).toBe(1);
  });

  it('accepts only slug-shaped sections', () => {
    expect(parseSearchSection('finance')).toBe('finance');
    expect(parseSearchSection('Finance')).toBe('finance');
    for (const bad of ['', "finance'--", '../admin', 'a b', '%00', 'x'.repeat(121)]) expect(parseSearchSection(bad), bad).toBeNull();
  });

  it('parses a whole query string and builds links back to it', () => {
    expect(parseSearchParams({ q: ' rates ', section: 'finance', page: '2' })).toEqual({ q: 'rates', truncated: false, section: 'finance', page: 2 });
    expect(searchHref({ q: 'rates & "bonds"', section: 'finance', page: 3 })).toBe('/search?q=rates+%26+%22bonds%22&section=finance&page=3');
    expect(searchHref({ q: 'x', page: 1 })).toBe('/search?q=x');
    expect(searchHref({ q: '' })).toBe('/search');
  });
});

describe('highlights', () => {
  it('splits marked text into plain and highlighted parts', () => {
    expect(splitHighlights(`The ${S}bank${E} raised ${S}rates${E}`)).toEqual([
      { text: 'The ', hit: false },
      { text: 'bank', hit: true },
      { text: ' raised ', hit: false },
      { text: 'rates', hit: true },
    ]);
  });

  it('keeps markup as text and survives stray or unbalanced markers', () => {
    expect(splitHighlights(`<script>${S}x${E}</script>`)).toEqual([
      { text: '<script>', hit: false },
      { text: 'x', hit: true },
      { text: '</script>', hit: false },
    ]);
    expect(splitHighlights(`${E}a${S}${S}b`)).toEqual([
      { text: 'a', hit: false },
      { text: 'b', hit: true },
    ]);
    expect(splitHighlights('')).toEqual([]);
    expect(stripHighlights(`a${S}b${E}c`)).toBe('abc');
  });
});
