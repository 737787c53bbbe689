import { describe, expect, it } from 'vitest';
import { isRowId, isSlug, parsePageNumber, slugify } from '@/lib/slug';

describe('slugify', () => {
  it('turns a headline into a readable slug', () => {
    expect(slugify('Istanbul talks inch towards a ceasefire, but…')).toBe('istanbul-talks-inch-towards-a-ceasefire-but');
    expect(slugify('Café São Paulo & the “Big” Deal')).toBe('cafe-sao-paulo-and-the-big-deal');
    expect(slugify("Europe's rates")).toBe('europes-rates');
  });
  it('cuts long text at a word boundary', () => {
    const slug = slugify('word '.repeat(60), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
    expect(isSlug(slug)).toBe(true);
  });
  it('yields an empty slug for text with no letters or digits', () => {
    expect(slugify('!!! ¿¿ —')).toBe('');
  });
});

describe('isSlug', () => {
  it.each(["'--", '%00', 'a b', 'UPPER', '-lead', 'trail-', 'double--hyphen', '__build__', 'x'.repeat(121), '../etc'])('rejects %j', (value) => {
    expect(isSlug(value)).toBe(false);
  });
  it('accepts normal slugs', () => {
    expect(isSlug('ecb-cuts-rates-2026')).toBe(true);
  });
});

describe('parsePageNumber', () => {
  it.each([
    ['2', 2],
    ['999', 999],
    ['0', null],
    ['-1', null],
    ['01', null],
    ['1e3', null],
    ['2.5', null],
    ['99999999', null],
    ['abc', null],
  ])('%s -> %s', (value, expected) => {
    expect(parsePageNumber(value)).toBe(expected);
  });
});

describe('isRowId', () => {
  it('accepts positive 32-bit integers only', () => {
    expect(isRowId(1)).toBe(true);
    expect(isRowId(2_147_483_647)).toBe(true);
    for (const v of [0, -1, 1.5, NaN, 2_147_483_648, Infinity]) expect(isRowId(v)).toBe(false);
  });
});

describe('slugFromText', () => {
  it('writes other scripts in Latin letters', async () => {
    const { slugFromText } = await import('@/lib/slug-from-text');
    expect(slugFromText('Переговоры в Стамбуле')).toBe('peregovory-v-stambule');
    expect(slugFromText('央行维持利率')).toMatch(/^yang-xing-wei-chi-li-lu$/);
    expect(slugFromText('محادثات السلام')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugFromText('Café São Paulo & the “Big” Deal')).toBe('cafe-sao-paulo-and-the-big-deal');
  });

  it('gives text with nothing to transliterate a stable hashed slug', async () => {
    const { slugFromText } = await import('@/lib/slug-from-text');
    const a = slugFromText('📈🎉', 60, 'tag');
    expect(a).toMatch(/^tag-[0-9a-f]{8}$/);
    expect(slugFromText('📈🎉', 60, 'tag')).toBe(a);
    expect(slugFromText('🎉📈', 60, 'tag')).not.toBe(a);
    expect(slugFromText('   ')).toBe('');
  });
});
