import { describe, expect, it } from 'vitest';
import { parseCommentText } from '@/lib/content/comment-text';
import { renderMarkdown } from '@/lib/content/markdown';
import { typographic } from '@/lib/content/typography';

describe('typographic quotes and dashes', () => {
  it('set quotes, apostrophes, dashes and ellipses as a copy desk would', () => {
    expect(typographic(`"Not yet," she said -- it's the '90s all over again...`)).toBe('“Not yet,” she said — it’s the ’90s all over again…');
    expect(typographic('A pause---then a vote.')).toBe('A pause—then a vote.');
  });

  it('in article bodies, judge a quote’s direction across tags and leave code and attributes alone', () => {
    const html = renderMarkdown('He said "*no*" -- twice.\n\n[a "b"](https://example.com/a\'b "it\'s") `"code" --`\n\n    "pre" -- x');
    expect(html).toContain('He said “<em>no</em>” — twice.');
    expect(html).toContain('href="https://example.com/a\'b"');
    expect(html).toContain('title="it\'s"');
    expect(html).toContain('>a “b”</a>');
    expect(html).toContain('<code>"code" --</code>');
    expect(html).toContain('"pre" -- x');
  });

  it('never turn typed markup into markup, and leave quoted code exactly as typed', () => {
    const html = renderMarkdown('"<script>alert(\'x\')</script>" & <img src=x onerror=alert(1)>\n\nThen "prose" again.');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('"&lt;script&gt;alert(\'x\')&lt;/script&gt;"');
    expect(html).toContain('Then “prose” again.');
    const [paragraph] = parseCommentText(`<b>"bold"</b> isn't bold here`);
    expect(paragraph!.lines[0]).toEqual([{ type: 'text', text: `<b>"bold"</b> isn't bold here` }]);
  });

  it('in comments, set the text and leave links as typed', () => {
    const [paragraph] = parseCommentText(`"Read this" -- https://example.com/a--b... it's good`);
    const [line] = paragraph!.lines;
    expect(line).toEqual([
      { type: 'text', text: '“Read this” — ' },
      { type: 'link', text: 'https://example.com/a--b', href: 'https://example.com/a--b' },
      { type: 'text', text: '… it’s good' },
    ]);
  });

  it('in comments, close a quote that follows a link', () => {
    const [paragraph] = parseCommentText('See "https://example.com/x" now');
    expect(paragraph!.lines[0]!.at(-1)).toEqual({ type: 'text', text: '” now' });
  });
});
