import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '@/server/cache-codec.cjs';

describe('cache entries stored as bytes', () => {
  it('keeps a rendered page whole: HTML, the RSC payload, segment payloads and headers', () => {
    const page = {
      lastModified: 1_764_000_000_000,
      cacheControl: { revalidate: 3600, expire: 604800 },
      tags: ['articles', 'article:7'],
      value: {
        kind: 'APP_PAGE',
        html: '<!DOCTYPE html><h1>Istanbul talks inch towards a ceasefire</h1>',
        rscData: Buffer.from('0:["$","h1",null,{"children":"Istanbul"}]\n'),
        headers: { 'x-next-cache-tags': 'articles,article:7' },
        postponed: undefined,
        status: 200,
        segmentData: new Map([
          ['/_tree', Buffer.from([0, 1, 2, 255])],
          ['/_full', Buffer.alloc(0)],
        ]),
      },
    };
    const back = decodeEntry(encodeEntry(page));
    expect(back.value.html).toBe(page.value.html);
    expect(Buffer.compare(back.value.rscData, page.value.rscData)).toBe(0);
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect([...back.value.segmentData.keys()]).toEqual(['/_tree', '/_full']);
    expect([...back.value.segmentData.get('/_tree')]).toEqual([0, 1, 2, 255]);
    expect(back.value.segmentData.get('/_full').byteLength).toBe(0);
    expect(back.value.headers).toEqual(page.value.headers);
    expect(back.tags).toEqual(page.tags);
    expect(back.cacheControl).toEqual(page.cacheControl);
    expect('postponed' in back.value).toBe(false);
  });

  it('keeps bytes that are a view into a larger buffer to their own range', () => {
    const pool = Buffer.from('xxxxHELLOyyyy');
    const view = pool.subarray(4, 9);
    const back = decodeEntry(encodeEntry({ bytes: view, text: 'café – “quoted”' }));
    expect(back.bytes.toString()).toBe('HELLO');
    expect(back.text).toBe('café – “quoted”');
  });

  it('keeps plain values as they are', () => {
    expect(decodeEntry(encodeEntry(null))).toBeNull();
    expect(decodeEntry(encodeEntry([1, 'two', { three: 3 }]))).toEqual([1, 'two', { three: 3 }]);
  });
});
