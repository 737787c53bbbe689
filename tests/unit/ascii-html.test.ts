import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { toAsciiHtml } from '@/server/ascii-html.cjs';

/** What a browser builds from the document: tags, attributes, decoded text; script text as written. */
function tree(html: string): unknown[] {
  const walk = (nodes: ChildNode[]): unknown[] =>
    nodes.map((node) => {
      if (node.type === 'text') return node.data;
      if (node.type === 'comment') return { comment: node.data };
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') return { [node.name]: node.attribs, children: walk(node.children) };
      return { other: node.type };
    });
  return walk(parseDocument(html, { decodeEntities: true }).children);
}

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

/** A script's text evaluated as the JSON Next.js and JSON-LD put there. */
function scriptJson(html: string, index = 0): unknown {
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
  return JSON.parse(scripts[index]!);
}

describe('toAsciiHtml', () => {
  it('returns an ASCII document as it is', () => {
    const html = '<!DOCTYPE html><html><body><p class="a">Plain &amp; simple</p></body></html>';
    expect(toAsciiHtml(html)).toEqual(html);
  });

  it('writes text and attribute values with character references that decode to the same document', () => {
    const html =
      '<html><head><title>Today’s “news” — Zürich</title><meta content="Ankara’s offer"/></head>' +
      '<body><h1 title="“Quoted” ‘title’">Istanbul talks inch towards a ceasefire…</h1>' +
      '<p>Prices £5 · €6 · ¥7; naïve café; 北京; emoji 😀 and 🇺🇦.</p><textarea>Draft – keep “this”</textarea></body></html>';
    const ascii = toAsciiHtml(html);
    expect(isAscii(ascii)).toBe(true);
    expect(tree(ascii)).toEqual(tree(html));
    expect(ascii).toContain('&#x1f600;');
  });

  it('escapes script text as JavaScript, so an inlined payload parses to the same value', () => {
    const payload = [1, 'a:["$","h1",null,{"children":"Today’s “news” 😀 北京\\u2028"}]\n'];
    const html = `<body><p>Today’s</p><script>${JSON.stringify(payload)}</script><script type="application/ld+json">${JSON.stringify({ headline: 'Ankara’s “plan”' })}</script></body>`;
    const ascii = toAsciiHtml(html);
    expect(isAscii(ascii)).toBe(true);
    expect(scriptJson(ascii, 0)).toEqual(payload);
    expect(scriptJson(ascii, 1)).toEqual({ headline: 'Ankara’s “plan”' });
    expect(ascii).toContain('<p>Today&#x2019;s</p>');
    expect(ascii).toContain('\\u2019');
  });

  it('treats "<script" inside an attribute value or comment as text, not as a script', () => {
    const html = '<img alt="a <script> tag’s text" src="/x.png"/><!-- a <script> --><p>then “text”</p>';
    const ascii = toAsciiHtml(html);
    expect(isAscii(ascii)).toBe(true);
    expect(ascii).not.toContain('\\u');
    expect(tree(ascii)).toEqual(tree(html));
  });

  it('finds the end of a script whatever its case and keeps escaping text after it', () => {
    const html = '<SCRIPT>var s = "’";</SCRIPT ><p>after’s</p>';
    const ascii = toAsciiHtml(html);
    expect(ascii).toBe('<SCRIPT>var s = "\\u2019";</SCRIPT ><p>after&#x2019;s</p>');
  });

  it.each([
    ['a non-ASCII character in a style element', '<style>.q::before{content:"“"}</style><p>’</p>'],
    ['a non-ASCII character after an odd run of backslashes in a script', '<script>var s = "\\’";</script><p>’</p>'],
    ['a non-ASCII character in a tag outside quotes', '<p data-x=’>text’</p>'],
    ['a non-ASCII character in a comment, where references are not decoded', '<!-- note’s --><p>’</p>'],
  ])('leaves the document unchanged for %s', (_label, html) => {
    expect(toAsciiHtml(html)).toBe(html);
  });

  it('replaces a lone surrogate in text with U+FFFD, as a browser would show it', () => {
    const html = `<p>broken ${'\ud83d'} pair</p>`;
    expect(toAsciiHtml(html)).toBe('<p>broken &#xfffd; pair</p>');
  });

  it('keeps an unterminated script or comment at the end of the input', () => {
    expect(toAsciiHtml('<p>’</p><script>"’"')).toBe('<p>&#x2019;</p><script>"\\u2019"');
    expect(toAsciiHtml('<p>’</p><!-- x')).toBe('<p>&#x2019;</p><!-- x');
  });
});
