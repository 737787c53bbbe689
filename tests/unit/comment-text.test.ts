import { describe, expect, it } from 'vitest';
import { parseCommentText, safeHttpUrl } from '@/lib/content/comment-text';

const links = (body: string) =>
  parseCommentText(body)
    .flatMap((p) => p.lines.flat())
    .filter((s) => s.type === 'link');

describe('parseCommentText', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    const parsed = parseCommentText('First line\nsecond line\n\n\nNew paragraph');
    expect(parsed).toHaveLength(2);
    expect(parsed[0]!.lines).toHaveLength(2);
  });

  it('links http and https URLs, leaving trailing punctuation outside', () => {
    const found = links('See https://www.un.org/en/ and (http://example.com/a?b=1).');
    expect(found.map((l) => l.type === 'link' && l.href)).toEqual(['https://www.un.org/en/', 'http://example.com/a?b=1']);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'javascript&#58;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '<a href="javascript:alert(1)">x</a>',
    '<img src=x onerror=alert(1)>',
  ])('never links %j', (body) => {
    expect(links(body)).toEqual([]);
    const text = parseCommentText(body)
      .flatMap((p) => p.lines.flat())
      .map((s) => s.text)
      .join('');
    expect(text).toBe(body);
  });

  it('keeps quotes inside a URL from breaking out of the attribute', () => {
    const [link] = links('https://example.com/x" onerror="alert(1)');
    expect(link?.type === 'link' && link.href).toBe('https://example.com/x');
  });
});

describe('safeHttpUrl', () => {
  it('accepts only http(s) with a host and no credentials', () => {
    expect(safeHttpUrl('https://example.com')).toBe('https://example.com/');
    expect(safeHttpUrl('https://user:pw@example.com')).toBeNull();
    expect(safeHttpUrl('ftp://example.com')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});
