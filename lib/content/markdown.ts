/**
 * Article Markdown -> safe HTML. Raw HTML in the source is shown as text (never parsed), and the output
 * passes an allow-list sanitizer: known tags only, http/https/mailto links, images from our own /media
 * or https, no inline styles or event handlers. The admin preview uses this same function.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '@/lib/html/safe-html';
import { typographicHtml } from './typography';

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

const OWN_MEDIA = /^\/media\/[A-Za-z0-9-]+$/;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'del',
    'a',
    'code',
    'pre',
    'hr',
    'br',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Markdown headings start at h1; the page's only h1 is the headline.
    h1: 'h2',
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const external = /^https?:\/\//i.test(href);
      return {
        tagName,
        attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : { ...attribs, rel: '' },
      };
    },
  },
  exclusiveFilter: (frame) => {
    if (frame.tag !== 'img') return false;
    const src = frame.attribs.src ?? '';
    return !(src.startsWith('https://') || OWN_MEDIA.test(src));
  },
};

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false });
  return typographicHtml(sanitizeHtml(html, SANITIZE).replace(/ rel=""/g, ''));
}

/** Plain text of the Markdown, for reading time and descriptions. */
export function markdownToText(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false }), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function readingMinutes(source: string): number {
  const words = markdownToText(source).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
