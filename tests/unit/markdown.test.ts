import { describe, expect, it } from 'vitest';
import { markdownToText, readingMinutes, renderMarkdown } from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('renders the Markdown an editor writes', () => {
    const html = renderMarkdown('Intro with **bold** and a [link](https://www.ecb.europa.eu).\n\n## Subhead\n\n> A quote\n\n- one\n- two');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://www.ecb.europa.eu" rel="noopener noreferrer">link</a>');
    expect(html).toContain('<h2>Subhead</h2>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<li>one</li>');
  });

  it('demotes a Markdown h1 so the headline stays the only h1', () => {
    expect(renderMarkdown('# Big')).toBe('<h2>Big</h2>\n');
  });

  it.each([
    ['script tag', '<script>alert(1)</script>'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['svg onload', '<svg/onload=alert(1)>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['object', '<object data="evil.swf"></object>'],
    ['svg foreignObject', '<svg><foreignObject><body onload=alert(1)></body></foreignObject></svg>'],
    ['style url()', '<p style="background:url(javascript:alert(1))">x</p>'],
    ['polyglot', 'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>'],
  ])('shows raw HTML as text: %s', (_name, source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<(script|img|svg|iframe|object|foreignObject|body)\b/i);
    // Only real tags matter: escaped text may contain the characters, inertly.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) expect(tag).not.toMatch(/\s(on\w+|style|srcdoc)=/i);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](javascript&#58;alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](vbscript:msgbox(1))',
  ])('drops dangerous link targets: %s', (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/href=/i);
    expect(html).toContain('>x</a>');
  });

  it('allows images from https or our own media only', () => {
    const html = renderMarkdown(
      '![a](https://example.com/a.png) ![b](/media/0f8fad5b-d9cb-469f-a165-70867728950e) ![c](data:image/png;base64,AAAA) ![d](http://example.com/d.png) ![e](/etc/passwd)',
    );
    expect(html).toContain('src="https://example.com/a.png"');
    expect(html).toContain('src="/media/0f8fad5b-d9cb-469f-a165-70867728950e"');
    expect(html).not.toContain('data:');
    expect(html).not.toContain('http://example.com/d.png');
    expect(html).not.toContain('/etc/passwd');
  });

  it('keeps link attributes quoted', () => {
    const html = renderMarkdown('[x](https://example.com/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"\s+onmouseover=/i);
  });
});

describe('markdownToText / readingMinutes', () => {
  it('strips markup and estimates reading time', () => {
    expect(markdownToText('## Title\n\nSome *text* & more')).toBe('Title Some text & more');
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });
});
