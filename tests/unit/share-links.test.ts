import { describe, expect, it } from 'vitest';
import { shareLinks } from '@/lib/content/share-links';

describe('shareLinks', () => {
  it('builds plain https or mailto links with the URL and title encoded', () => {
    const links = shareLinks('https://news.example/articles/a-b?x=1&y=2', 'Rates & “risks” <now>');
    expect(links.map((l) => l.label)).toEqual(['Email', 'X', 'Facebook', 'LinkedIn', 'Bluesky']);
    for (const link of links) {
      expect(link.href).toMatch(/^(https:\/\/|mailto:)/);
      expect(link.href).not.toMatch(/[<>"\s]/);
    }
    expect(links[2]!.href).toContain(encodeURIComponent('https://news.example/articles/a-b?x=1&y=2'));
  });
});
