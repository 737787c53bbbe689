import { describe, expect, it } from 'vitest';
import { preferredEncoding } from '../../server/static-assets.mjs';

describe('the encoding a static file is sent in', () => {
  it('is brotli when the browser takes it, else gzip, else none', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('deflate')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding('')).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
  });

  it('honours q-values: a coding with q=0 is refused, a wildcard stands for the rest', () => {
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('BR; Q=0.5')).toBe('br');
    expect(preferredEncoding('br;q=nonsense, gzip')).toBe('gzip');
  });
});
